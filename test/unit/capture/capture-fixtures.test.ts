import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { capturePage } from '../../../lib/capture/capture-page';
import type { ReadResult } from '../../../lib/schema/read-result';
import { inspectPage } from '../../../scripts/inspect-page';
import { generateWorld } from '../../demo-crm/generate-world';
import { FIXED_NOW } from '../../demo-crm/world';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../fixtures/fixture-files';
import { loadPage } from './page-window';

const clock = { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE };
const recordFixtures = fixtureFiles().filter((f) => recordPageOf(new URL(f.url), ADAPTERS) !== null);

/** What the capture must leave readable: each activity as the metrics see it. */
function touches(output: Record<string, unknown>) {
  const activities = (output.activities ?? []) as Record<string, unknown>[];
  return activities.map(({ type, channel, direction, timestamp, planned }) => ({
    type,
    channel,
    direction,
    timestamp,
    planned,
  }));
}

/** The personal values the original reading holds, written out independently of the masking code. */
function personalValues(reading: ReadResult): { names: string[]; emails: string[]; phones: string[] } {
  if (reading.status !== 'read') return { names: [], emails: [], phones: [] };
  const owners = reading.activities.map((a) => a.owner ?? '');
  if (reading.kind === 'contact') {
    const r = reading.record;
    return { names: [r.name, r.owner ?? '', ...owners], emails: [r.email ?? ''], phones: [r.phone ?? ''] };
  }
  const r = reading.record;
  return { names: [r.name, r.owner ?? '', ...r.contacts.map((c) => c.name), ...owners], emails: [], phones: [] };
}

/** "You" stands for the signed-in user in Salesforce sentences: a word of the UI, not a name. */
const isName = (name: string) => name.trim().length > 1 && name.trim() !== 'You';

async function captureFixture(html: string, url: string) {
  const page = recordPageOf(new URL(url), ADAPTERS);
  if (!page) throw new Error(`${url} is not a record page`);
  const { doc, close } = loadPage(html, url);
  try {
    const reading = readRecordPage(page, doc, new URL(url), clock);
    const capture = await capturePage(doc, { crm: page.ref.crm, url, reading });
    return { reading, capture };
  } finally {
    close();
  }
}

// Two inspections and a capture per test: slow on a shared machine.
describe.each(recordFixtures.map((f) => [`${f.crm}/${f.name}`, f] as const))(
  'capturing %s',
  { timeout: 30_000 },
  (_, fixture) => {
    it('reads the same activities, with the same type, channel, direction, time and planned flag', async () => {
      const { capture } = await captureFixture(fixture.html, fixture.url);
      const before = inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
      // No --url: the capture's own "saved from" line names the page.
      const savedFrom = capture.html.match(/^<!-- saved from url=\(\d{4}\)(\S+) -->\n/)?.[1];
      expect(savedFrom).toBe(fixture.url);
      const after = inspectPage(capture.html, savedFrom ?? '', FIXTURE_NOW, FIXTURE_ZONE);
      expect(after.exitCode).toBe(before.exitCode);
      expect(touches(after.output)).toEqual(touches(before.output));
    });

    it('contains none of the names, emails or phone numbers the page was read with', async () => {
      const { reading, capture } = await captureFixture(fixture.html, fixture.url);
      const { names, emails, phones } = personalValues(reading);
      const html = capture.html.toLowerCase();
      for (const name of names.filter(isName)) expect(html).not.toContain(name.toLowerCase());
      for (const email of emails.filter(Boolean)) expect(html).not.toContain(email.toLowerCase());
      for (const phone of phones.filter(Boolean)) {
        expect(html).not.toContain(phone);
        expect(html).not.toContain(phone.replace(/[^\d+]/g, ''));
      }
    });
  },
);

describe('captured demo pages', { timeout: 30_000 }, () => {
  const world = generateWorld({ now: FIXED_NOW });
  const people = [...world.contacts.map((c) => `${c.firstName} ${c.lastName}`), ...world.reps.map((r) => r.name)];
  const words = new Set(people.flatMap((name) => name.split(' ')));
  const demoFixtures = recordFixtures.filter((f) => f.name.startsWith('demo-'));

  it.each(demoFixtures.map((f) => [`${f.crm}/${f.name}`, f] as const))(
    '%s names no person of the demo world and shows none of their emails or phones',
    async (_, fixture) => {
      const { capture } = await captureFixture(fixture.html, fixture.url);
      const html = capture.html;
      // The original page names them: otherwise this test could not fail.
      expect(people.some((name) => fixture.html.includes(name))).toBe(true);
      for (const word of words) expect(html.match(new RegExp(`.{80}\\b${word}\\b.{40}`, 'i'))?.[0]).toBeUndefined();
      for (const contact of world.contacts) {
        expect(html).not.toContain(contact.email);
        expect(html).not.toContain(contact.phone);
      }
      for (const rep of world.reps) expect(html).not.toContain(rep.email);
    },
  );
});
