import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../lib/metrics/stage-time';
import { latestCompletedVisit } from '../../../lib/metrics/typical-stage-time';
import { dealsOf, importDeals } from './deal-fixture';
import { CLOCK, freshDb } from './import-fixture';

/*
 * A HubSpot deal export row whose middle "Date entered" cell cannot be read ("soon"): the deal did
 * enter "Qualified to buy" (the cell is not blank), at a time between 2026-10-01 and 2026-11-10.
 * metrics.md, Time in stage: the time in "Appointment scheduled" is now/exit minus entry; its exit
 * (the move to "Qualified to buy") is not known, so it is a range 0..40 days, not exactly 40 days,
 * and a range wider than one day stays out of typical-time medians.
 */
const CSV = [
  'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Deal owner,Create Date,"Date entered ""Appointment scheduled (Sales Pipeline)""","Date entered ""Qualified to buy (Sales Pipeline)""","Date entered ""Contract sent (Sales Pipeline)"""',
  '9101,Gap deal,Contract sent,Sales Pipeline,1000,2026-12-31,Dana Reyes,2026-10-01 10:00,2026-10-01 10:00,soon,2026-11-10 11:00',
].join('\n');

describe('deal import: an unreadable middle stage date', () => {
  it('does not turn the stay before the unread stage into an exact 40-day stay', async () => {
    const db = await freshDb();
    const report = await importDeals(db, 'hubspot', '123', CSV);
    expect(report).toMatchObject({ rows: 1, added: 1, invalid: 0 });
    const deal = (await dealsOf(db))[0];
    if (!deal) throw new Error('deal not imported');

    // Left "Appointment scheduled" some time between Oct 1 and Nov 10: not a typical-time sample.
    expect(latestCompletedVisit(deal, 'Appointment scheduled', CLOCK.timeZone)).toBeUndefined();
    // The deal view shows it as a range (at least 0, at most 40 days), not an exact "40 days".
    const appt = stageTimeline(deal, CLOCK.now, CLOCK.timeZone).find((s) => s.stage === 'Appointment scheduled');
    expect(appt?.atLeast).toBe(true);
  });
});

describe('deal import: an unreadable stage date where the columns are in no time order', () => {
  // The deal went back from "Contract sent" (Oct 20) to "Appointment scheduled" (Nov 10): the
  // unreadable "Qualified to buy" cell may lie anywhere, so only the latest entry is sure.
  const BACK =
    CSV.split('\n')[0] +
    '\n9102,Back deal,Appointment scheduled,Sales Pipeline,1000,2026-12-31,Dana Reyes,2026-10-01 10:00,2026-11-10 11:00,soon,2026-10-20 09:00';

  it('keeps only the latest entry, exact (the file is read in Berlin time)', async () => {
    const db = await freshDb();
    await importDeals(db, 'hubspot', '123', BACK);
    const deal = (await dealsOf(db))[0];
    expect(deal?.stageHistory).toEqual([{ stage: 'Appointment scheduled', enteredAt: '2026-11-10T10:00:00.000Z' }]);
  });
});
