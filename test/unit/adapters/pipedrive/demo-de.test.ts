// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import { generateWorld } from '../../../demo-crm/generate-world';
import { demo } from '../../../demo-crm/pipedrive/index';
import { type DemoActivity, FIXED_NOW } from '../../../demo-crm/world';

const world = generateWorld({ now: FIXED_NOW });
const clock = { now: new Date(FIXED_NOW), timeZone: 'UTC' };

/** The contacts whose timelines together show a no-show, a sequence mail and every call outcome. */
function contactsShowing(): number[] {
  const wanted = (a: DemoActivity) =>
    !a.planned && ((a.type === 'meeting' && a.outcome === 'no-show') || a.sequenceName || a.type === 'call');
  const ids = new Set<number>();
  const seen = new Set<string>();
  for (const a of world.activities.filter(wanted)) {
    const what = a.type === 'call' ? `call:${a.outcome}` : a.type;
    if (a.contactId === undefined || seen.has(what)) continue;
    seen.add(what);
    ids.add(a.contactId);
  }
  // Six kinds: four call outcomes, a no-show meeting and a sequence mail.
  if (seen.size !== 6) throw new Error(`the demo world shows only ${[...seen].join(', ')}`);
  return [...ids];
}

/** Outcome and automation of each done call, meeting and mail on the contact's German page, by demo id. */
function readGermanPage(contactId: number): Map<string, { outcome?: string; automated: boolean }> {
  const contact = world.contacts.find((c) => c.id === contactId);
  if (!contact) throw new Error(`no contact ${contactId}`);
  const url = new URL(`https://${demo.host}${demo.contactPath(world, contact)}?lang=de`);
  const doc = document.implementation.createHTMLDocument('demo');
  demo.render(doc, url, world, 'ready');
  const result = pipedrive.read(doc, url, clock);
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return new Map(result.activities.map((a) => [a.sourceId?.split(':')[1] ?? '', a]));
}

/** Each demo activity of the chosen contacts beside what the adapter read of it on the German page. */
function readBeside(): [DemoActivity, { outcome?: string; automated: boolean } | undefined][] {
  return contactsShowing().flatMap((contactId) => {
    const read = readGermanPage(contactId);
    const own = world.activities.filter((a) => a.contactId === contactId && !a.planned);
    return own.map((a) => [a, read.get(String(a.id))] as [DemoActivity, ReturnType<typeof read.get>]);
  });
}

describe('the German Pipedrive look-alike (?lang=de), read by the adapter', () => {
  const pairs = readBeside();

  it('reads each call outcome from its "Ergebnis:" line', () => {
    const calls = pairs.filter(([a]) => a.type === 'call');
    expect(calls.map(([, got]) => got?.outcome)).toEqual(calls.map(([a]) => a.outcome));
  });

  it('reads a meeting whose body says "Nicht erschienen" as a no-show and other done meetings as held', () => {
    const meetings = pairs.filter(([a]) => a.type === 'meeting' && (a.outcome === 'no-show' || a.outcome === 'held'));
    expect(meetings.some(([a]) => a.outcome === 'no-show')).toBe(true);
    expect(meetings.map(([, got]) => got?.outcome)).toEqual(meetings.map(([a]) => a.outcome));
  });

  it('reads mails tagged "Sequenz:" as automated and the rest as written by hand', () => {
    const mails = pairs.filter(([a]) => a.type === 'email');
    expect(mails.some(([a]) => a.sequenceName)).toBe(true);
    expect(mails.map(([, got]) => got?.automated)).toEqual(mails.map(([a]) => Boolean(a.sequenceName)));
  });
});
