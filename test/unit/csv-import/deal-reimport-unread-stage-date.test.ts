/*
 * The same HubSpot deal exported twice (file read in Berlin time). The first export dates every
 * stage: Appointment scheduled Oct 1 10:00, Qualified to buy Oct 20 09:00, Contract sent Nov 10 11:00.
 * The second export's "Qualified to buy" cell is unreadable ("soon"): it tells nothing new about
 * that entry. Touchline already knows it exactly (Oct 20 09:00 Berlin = 07:00 UTC), so the stay
 * in Appointment scheduled stays exact (Oct 1 → Oct 20, 19 days, a typical-time sample;
 * metrics.md "Time in stage": a range only when the entry time is not known exactly).
 */
import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../lib/metrics/stage-time';
import { dealsOf, importDeals } from './deal-fixture';
import { CLOCK, freshDb } from './import-fixture';

const HEAD =
  'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Deal owner,Create Date,"Date entered ""Appointment scheduled (Sales Pipeline)""","Date entered ""Qualified to buy (Sales Pipeline)""","Date entered ""Contract sent (Sales Pipeline)"""';
const row = (qualified: string) =>
  `${HEAD}\n9301,Initech,Contract sent,Sales Pipeline,1000,2026-12-31,Dana Reyes,2026-10-01 10:00,2026-10-01 10:00,${qualified},2026-11-10 11:00`;

describe('deal re-import whose middle "Date entered" cell is unreadable', () => {
  it('keeps the exact entry the first export gave: Qualified to buy entered Oct 20 09:00', async () => {
    const db = await freshDb();
    await importDeals(db, 'hubspot', '123', row('2026-10-20 09:00'));
    const first = (await dealsOf(db))[0];
    expect(first?.stageHistory.find((e) => e.stage === 'Qualified to buy')).toEqual({
      stage: 'Qualified to buy',
      enteredAt: '2026-10-20T07:00:00.000Z',
    });

    if (!first) throw new Error('deal not imported');
    expect(
      stageTimeline(first, CLOCK.now, CLOCK.timeZone).find((s) => s.stage === 'Appointment scheduled'),
    ).toMatchObject({ days: 19 });

    await importDeals(db, 'hubspot', '123', row('soon'));
    const deal = (await dealsOf(db))[0];
    if (!deal) throw new Error('deal not kept');
    expect(deal.stageHistory.find((e) => e.stage === 'Qualified to buy')).toEqual({
      stage: 'Qualified to buy',
      enteredAt: '2026-10-20T07:00:00.000Z',
    });
    const appt = stageTimeline(deal, CLOCK.now, CLOCK.timeZone).find((s) => s.stage === 'Appointment scheduled');
    expect(appt).toMatchObject({ days: 19 });
    expect(appt?.atLeast).toBeUndefined();
  });
});
