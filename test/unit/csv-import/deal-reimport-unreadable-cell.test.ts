import { describe, expect, it } from 'vitest';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/*
 * The same HubSpot deal exported twice; the second export's Amount cell is unreadable ("TBD").
 * The report says the deal was "imported without the amount": the file told nothing new about the
 * amount, so the amount Touchline already holds from the first export (4,800) must stay - the
 * pipeline value a manager sees should not lose the deal's 4,800 because of one unreadable cell.
 */
const HEAD =
  'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close Date,Deal owner,Create Date,"Date entered ""Appointment scheduled (Sales Pipeline)"""';

describe('deal re-import with an unreadable cell', () => {
  it('keeps the amount and close date the first export gave', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'hubspot',
      '123',
      `${HEAD}\n9201,Globex,Appointment scheduled,Sales Pipeline,4800,2026-11-30,Sam Patel,2026-10-01 08:00,2026-10-01 08:00`,
    );
    const report = await importDeals(
      db,
      'hubspot',
      '123',
      `${HEAD}\n9201,Globex,Appointment scheduled,Sales Pipeline,TBD,soon,Sam Patel,2026-10-01 08:00,2026-10-01 08:00`,
    );
    expect(report).toMatchObject({ rows: 1, existing: 1, invalid: 0 });
    const deal = (await dealsOf(db))[0];
    expect(deal?.amount).toBe(4800);
    expect(deal?.closeDate).toBe('2026-11-30');
  });
});
