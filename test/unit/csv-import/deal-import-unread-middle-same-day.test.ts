// Review s36 (regression of 7534992 + 2b01413): an unreadable middle "Date entered" cell between
// two stages entered the same day. The entry known only "after the older, by the newer" lies
// between those two stays (metrics.md "Stage history": the list of (stage, entered at); the export
// lists the stages in pipeline order, and the readable cells are in time order).
import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../lib/metrics/stage-time';
import { dealsOf, importDeals } from './deal-fixture';
import { CLOCK, freshDb } from './import-fixture';

const HEAD =
  'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Deal owner,Create Date,"Date entered ""Appointment scheduled (Sales Pipeline)""","Date entered ""Qualified to buy (Sales Pipeline)""","Date entered ""Contract sent (Sales Pipeline)"""';

describe('deal import: qualified and sent on one day, the middle date unreadable', () => {
  it('keeps the stages in the order the deal went through them', async () => {
    // Appointment scheduled and Contract sent both entered 2026-11-10 11:00 (the rep clicked through
    // the pipeline after the call); "Qualified to buy" was entered in between, its cell unreadable.
    const csv = `${HEAD}\n9201,Quick deal,Contract sent,Sales Pipeline,1000,2026-12-31,Dana Reyes,2026-11-10 10:00,2026-11-10 11:00,soon,2026-11-10 11:00`;
    const db = await freshDb();
    await importDeals(db, 'hubspot', '123', csv);
    const deal = (await dealsOf(db))[0];
    if (!deal) throw new Error('deal not imported');
    const order = stageTimeline(deal, CLOCK.now, CLOCK.timeZone).map((s) => s.stage);
    expect(order).toEqual(['Appointment scheduled', 'Qualified to buy', 'Contract sent']);
  });
});
