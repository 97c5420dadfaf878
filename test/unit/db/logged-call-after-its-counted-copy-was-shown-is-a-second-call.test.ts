import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { at, callsOnAnaAndDeal, contact, deal, item, kAna, NOW, save, world, ZONE } from './logged-page-copies-kit';

/**
 * metrics.md "Logged in Touchline": a logged touch merges with a page touch only if Touchline first
 * saw that page touch after the logging, wherever it first saw it; "A page touch already shown
 * before the user logged means the logged one is a second touch." A copy dated by a count ("1 hour
 * ago") is the same touch as a copy with its time within the count's drift, as the metrics merge
 * them (lib/metrics/duplicate-rules.ts comparedAtCount), so the later timed copy was shown before.
 *
 * At 06:20 (Los Angeles) the deal page lists Ana's 05:00 call as "1 hour ago" (read as 05:20); at
 * 06:25 the rep logs a second call from their mobile; at 06:40 Ana's page shows the 05:00 call
 * with its time.
 */
const COUNTED_ON_DEAL = item('call', '2026-11-20T13:20:00.000Z', { relativeTime: true, contactIds: ['501'] });
const TIMED_ON_ANA = item('call', '2026-11-20T13:00:00.000Z');
const SECOND_CALL = { recordKey: kAna, channel: 'call' as const, timestamp: '2026-11-20T14:25:00.000Z' };

describe('a call shown as "1 hour ago" before a second call is logged', () => {
  it("stays the first call once Ana's page shows it with its time: 2 calls on Ana and on the deal", async () => {
    const db = await world();
    await save(db, deal([COUNTED_ON_DEAL]), at(40));
    await logTouch(db, SECOND_CALL, at(35));
    await save(db, contact('501', [TIMED_ON_ANA]), at(20));
    expect(await callsOnAnaAndDeal(db)).toEqual([2, 2]);
  });

  it('leaves the logged second call listed for export to the CRM', async () => {
    const db = await world();
    await save(db, deal([COUNTED_ON_DEAL]), at(40));
    await logTouch(db, SECOND_CALL, at(35));
    await save(db, contact('501', [TIMED_ON_ANA]), at(20));
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.reduce((rows, file) => rows + file.rows, 0)).toBe(1);
  });

  it('the other way round: shown at 05:00 before the log, then "1 hour ago" (05:40) on the deal page: 2 calls', async () => {
    const db = await world();
    await save(db, contact('501', [TIMED_ON_ANA]), at(40));
    await logTouch(db, SECOND_CALL, at(35));
    await save(
      db,
      deal([item('call', '2026-11-20T13:40:00.000Z', { relativeTime: true, contactIds: ['501'] })]),
      at(20),
    );
    expect(await callsOnAnaAndDeal(db)).toEqual([2, 2]);
  });

  it('without the log, the counted and the timed copy are 1 call, in either order', async () => {
    const dealFirst = await world();
    await save(dealFirst, deal([COUNTED_ON_DEAL]), at(40));
    await save(dealFirst, contact('501', [TIMED_ON_ANA]), at(20));
    const anaFirst = await world();
    await save(anaFirst, contact('501', [TIMED_ON_ANA]), at(40));
    await save(
      anaFirst,
      deal([item('call', '2026-11-20T13:40:00.000Z', { relativeTime: true, contactIds: ['501'] })]),
      at(20),
    );
    expect([await callsOnAnaAndDeal(dealFirst), await callsOnAnaAndDeal(anaFirst)]).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});
