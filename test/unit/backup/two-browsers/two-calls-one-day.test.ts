/**
 * metrics.md "Logged in Touchline": a logged touch merges with ONE
 * page touch of the same channel, day and person (logged on a deal: any of its contacts or the
 * deal), first seen after it was logged. Two calls logged on one day, the CRM showing both calls:
 * every call is counted once, whichever browser read the page.
 *
 * Rep in LA. Logged on the laptop: minute 0, a call on the Renewal deal (no contact picked) at
 * 14:05Z; minute 1, a call with Ana at 14:00Z. The CRM's deal timeline shows two calls: with Ana
 * at 14:00Z and with Ben at 14:12Z. Ana's call can only be Ana's logged one or the deal's; Ben's
 * only the deal's. By hand: two calls on the deal, each merged with one logged touch.
 */
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../../lib/db/schema';
import { ANA, anaKey, BEN, call, callsOn, contactPage, dealKeyOf, dealPage } from '../../db/hand-pages';
import { freshDb } from '../../db/world-readings';
import { carry, minutes, packsAndRows, save } from './world';

const dealCalls = dealPage([
  call('2026-11-20T14:00:00.000Z', { sourceId: 'call-ana', contactIds: [ANA] }),
  call('2026-11-20T14:12:00.000Z', { sourceId: 'call-ben', contactIds: [BEN], title: 'Call with Ben' }),
]);

async function withRecords(db: TouchlineDb) {
  await save(db, contactPage(ANA, []), minutes(-10));
  await save(db, contactPage(BEN, []), minutes(-10));
  await save(db, dealPage([]), minutes(-10));
}

async function logBoth(db: TouchlineDb) {
  await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: '2026-11-20T14:05:00.000Z' }, minutes(0));
  await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' }, minutes(1));
}

/** The laptop logged both calls; the desktop read the deal page that shows them. */
async function twoBrowsers() {
  const laptop = await freshDb();
  await withRecords(laptop);
  await logBoth(laptop);
  const desktop = await freshDb();
  await withRecords(desktop);
  await save(desktop, dealCalls, minutes(5));
  return { laptop, desktop };
}

async function loggedUnmerged(db: TouchlineDb) {
  return (await db.getAll('activities')).filter((a) => a.origin === 'logged-in-touchline' && !a.mergedInto).length;
}

describe('two calls logged on one day, the CRM showing both, carried by backup', () => {
  it('one browser (sanity of the hand count): two calls on the deal, both logged touches merged', async () => {
    const db = await freshDb();
    await withRecords(db);
    await logBoth(db);
    await save(db, dealCalls, minutes(5));
    expect(await callsOn(db, dealKeyOf)).toBe(2);
    expect(await loggedUnmerged(db)).toBe(0);
  });

  it('the desktop that read the deal page counts two calls, not three, after importing the laptop backup (metrics.md "Logged in Touchline": one page touch each)', async () => {
    const { laptop, desktop } = await twoBrowsers();
    await carry(laptop, desktop, minutes(10));

    expect(await callsOn(desktop, dealKeyOf)).toBe(2);
    expect(await loggedUnmerged(desktop)).toBe(0);
  });

  it('the laptop that logged both counts two calls, not three, after importing the desktop backup (metrics.md "Logged in Touchline")', async () => {
    const { laptop, desktop } = await twoBrowsers();
    await carry(desktop, laptop, minutes(10));

    expect(await callsOn(laptop, dealKeyOf)).toBe(2);
    expect(await loggedUnmerged(laptop)).toBe(0);
  });

  it('keeps the team packs in step with the rows after the import merges (activity-packs.ts)', async () => {
    const { laptop, desktop } = await twoBrowsers();
    await carry(laptop, desktop, minutes(10));
    await carry(desktop, laptop, minutes(11));
    for (const db of [laptop, desktop]) {
      const { stored, expected } = await packsAndRows(db);
      expect(stored).toEqual(expected);
    }
  });
});
