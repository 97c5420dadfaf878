/**
 * A call the CRM showed on one browser before a second call was logged on the other (rep in Los
 * Angeles, two browsers).
 *
 * Mon 16 Nov 09:00 PT the desktop reads Ana's page: a dialer call at 08:40 PT, outcome not shown.
 * The laptop read Ana's page on Sun 15 Nov (no calls); at 10:05 PT on Mon it logs a call Ana took
 * at 10:00 PT from the rep's mobile, connected, note "Budget approved". Tue 17 Nov the laptop reads
 * Ana's page: only the 08:40 dialer call (the mobile call never reached the CRM); the laptop first
 * sees it then, after the log, so there it merged with the logged call. Wed 18 Nov one browser
 * imports the other's backup.
 *
 * By hand (metrics.md "Logged in Touchline": a logged touch merges with a page touch only if
 * Touchline first saw it after the touch was logged, wherever it first saw it; "A page touch
 * already shown before the user logged means the logged one is a second touch"): Touchline first
 * saw the dialer call on Mon 09:00 PT, before the 10:05 log. Two calls on Ana, one connected (1 of
 * 2); the dialer call keeps no note of the rep's; the mobile call is offered to the CRM (1 row),
 * on either browser after the import. The packs follow the rows.
 */
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, contactPage, viewOf } from '../db/hand-pages';
import { freshDb, NOW, TENANT, ZONE } from '../db/world-readings';
import { carry, packsAndRows, save } from './two-browsers/world';

const at = (iso: string) => new Date(iso);
const dialerCall = call('2026-11-16T16:40:00.000Z', { sourceId: 'call-7001' });
const WED = at('2026-11-18T17:00:00Z');

async function browsers() {
  const desktop = await freshDb();
  await save(desktop, contactPage(ANA, [dialerCall]), at('2026-11-16T17:00:00Z'));
  const laptop = await freshDb();
  await save(laptop, contactPage(ANA, []), at('2026-11-15T18:00:00Z'));
  await logTouch(
    laptop,
    {
      recordKey: anaKey,
      channel: 'call',
      timestamp: '2026-11-16T18:00:00.000Z',
      outcome: 'connected',
      note: 'Budget approved',
    },
    at('2026-11-16T18:05:00Z'),
  );
  await save(laptop, contactPage(ANA, [dialerCall]), at('2026-11-17T17:00:00Z'));
  return { desktop, laptop };
}

async function figuresOn(db: TouchlineDb) {
  const view = await viewOf(db, anaKey);
  if (view.kind !== 'contact') throw new Error('Ana is a contact');
  const { numerator, denominator } = view.outcomes.connectRate;
  const crmCopy = await db.get('activities', `hubspot:${TENANT}:activity:call-7001`);
  const offered = (await loggedTouchesCsv(db, ZONE, NOW)).reduce((n, file) => n + file.rows, 0);
  const { stored, expected } = await packsAndRows(db);
  expect(stored).toEqual(expected);
  return {
    calls: view.touches.byChannel.call,
    connected: `${numerator} of ${denominator}`,
    note: crmCopy?.note,
    offered,
  };
}
const WANT = { calls: 2, connected: '1 of 2', note: undefined, offered: 1 };

describe('a logged call whose only CRM call that day was first seen, on the other browser, before the log', () => {
  it('stays a second call on the desktop after it imports the laptop’s backup', async () => {
    const { desktop, laptop } = await browsers();
    await carry(laptop, desktop, WED);
    expect(await figuresOn(desktop)).toEqual(WANT);
  });

  it('becomes a second call on the laptop after it imports the desktop’s backup', async () => {
    const { desktop, laptop } = await browsers();
    expect((await viewOf(laptop, anaKey)).touches.byChannel.call).toBe(1);
    await carry(desktop, laptop, WED);
    expect(await figuresOn(laptop)).toEqual(WANT);
  });
});
