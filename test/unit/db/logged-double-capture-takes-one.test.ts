import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, callsOn, connectRateOn, contactPage } from './hand-pages';
import { at, save, world } from './logged-story';
import { NOW, ZONE } from './world-readings';

/**
 * metrics.md "Logged in Touchline": a logged touch merges with **one** page touch; "Duplicate" rule 2:
 * two CRM ids, same channel/direction/title/outcome, both timed, within 2 minutes = one touch
 * captured twice (rule 3 likewise for a copy without an id). So one CRM call can absorb one logged
 * call, not one per copy the CRM happens to show of it.
 */
describe('two logged calls and one CRM call the page shows captured twice', () => {
  const TEN = '2026-11-20T14:00:00.000Z'; // 06:00 LA
  const HALF_PAST = '2026-11-20T14:30:00.000Z'; // 06:30 LA, a second call
  const twice = [
    call(TEN, { sourceId: 'hs-1' }),
    call('2026-11-20T14:01:00.000Z', { sourceId: 'hs-2' }), // the same call, double captured (rule 2)
  ];

  it('Ana has 2 calls (the CRM call, once, and the second logged call), and the second one stays listed for the CRM', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: TEN }, at(25));
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: HALF_PAST }, at(24));
    await save(db, contactPage(ANA, twice), at(10));
    expect(await callsOn(db, anaKey)).toBe(2);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });

  it('same with the second copy shown without a CRM id (rule 3): 2 calls, 1 left to export', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: TEN }, at(25));
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: HALF_PAST }, at(24));
    await save(db, contactPage(ANA, [call(TEN, { sourceId: 'hs-1' }), call('2026-11-20T14:01:00.000Z')]), at(10));
    expect(await callsOn(db, anaKey)).toBe(2);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });

  it('a connected call logged, then shown captured twice: 1 call, connected on both copies, so the connect rate is 1 of 1', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: TEN, outcome: 'connected' }, at(25));
    await save(db, contactPage(ANA, twice), at(10));
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    expect(await loggedTouchesCsv(db, ZONE, NOW)).toEqual([]);
  });
});
