import { describe, expect, it } from 'vitest';
import { toSalesforceId18 } from '../../../lib/adapters/salesforce-id';
import { detectDealColumns } from '../../../lib/csv-import/deals/detect';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * A Salesforce opportunities report may carry the Opportunity checkboxes IsClosed and IsWon
 * (documented fields; "Closed" and "Won" as report headers are assumed, their field labels). They
 * say how an opportunity ended whatever its stage is called: "Disqualified" holds no outcome word.
 */
const TENANT = 'acme.lightning.force.com';
const HEADER = 'Opportunity ID,Opportunity Name,Stage,Opportunity Owner,Created Date,Last Stage Change Date';
const closedOf = async (report: string) => {
  const db = await freshDb();
  const result = await importDeals(db, 'salesforce', TENANT, report);
  const deals = await dealsOf(db);
  const byId = (id: string) => deals.find((d) => d.recordId === toSalesforceId18(id));
  return { result, byId };
};

describe('the Closed and Won columns of a Salesforce opportunities report', () => {
  it('are detected in English and in the other languages the tables hold', () => {
    expect(detectDealColumns('salesforce', [...HEADER.split(','), 'Closed', 'Won']).targets.slice(-2)).toEqual([
      'isClosed',
      'isWon',
    ]);
    const german = ['Opportunity-ID', 'Opportunity-Name', 'Phase', 'Geschlossen', 'Gewonnen'];
    expect(detectDealColumns('salesforce', german)).toMatchObject({
      lang: 'de',
      targets: ['dealId', 'name', 'stage', 'isClosed', 'isWon'],
    });
  });

  it('close a deal lost or won whatever its stage is named, and keep an unticked one open', async () => {
    const { result, byId } = await closedOf(
      [
        `${HEADER},Closed,Won`,
        '0065g00000AbCdA,Lost one,Disqualified,Morgan Lee,8/1/2026,9/21/2026,1,0',
        '0065g00000AbCdB,Won one,Signed,Morgan Lee,8/1/2026,9/21/2026,1,1',
        '0065g00000AbCdC,Open one,Needs Analysis,Morgan Lee,8/1/2026,9/21/2026,0,0',
        '0065g00000AbCdD,Odd cell,Closed Lost,Morgan Lee,8/1/2026,9/21/2026,maybe,0',
        '0065g00000AbCdF,Odd pair,Signed,Morgan Lee,8/1/2026,9/21/2026,0,1',
      ].join('\n'),
    );
    expect(byId('0065g00000AbCdA')?.closed).toBe('lost');
    expect(byId('0065g00000AbCdB')?.closed).toBe('won');
    expect(byId('0065g00000AbCdC')?.closed).toBeUndefined();
    // A cell that is not a checkbox is noted; the stage's name still says the deal was lost.
    expect(byId('0065g00000AbCdD')?.closed).toBe('lost');
    // Won yet not closed: the two disagree, and "Signed" says nothing either.
    expect(byId('0065g00000AbCdF')?.closed).toBeUndefined();
    expect(result.notedRows).toEqual([
      { row: 4, reason: 'imported without how it ended (checkbox not understood: "maybe")' },
      { row: 5, reason: 'imported without how it ended (won but not closed)' },
    ]);
    // Both deals are stored: noted, not invalid.
    expect(result).toMatchObject({ invalid: 0, problems: [], noted: 2 });
  });

  it('without a Won column, a closed deal in a stage without an outcome word is noted, not guessed', async () => {
    const { result, byId } = await closedOf(
      [`${HEADER},Closed`, '0065g00000AbCdA,Lost one,Disqualified,Morgan Lee,8/1/2026,9/21/2026,1'].join('\n'),
    );
    expect(byId('0065g00000AbCdA')?.closed).toBeUndefined();
    expect(result.notedRows).toEqual([
      { row: 1, reason: 'imported without how it ended (closed, with no Won cell to say won or lost)' },
    ]);
  });
});
