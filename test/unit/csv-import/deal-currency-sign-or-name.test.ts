import { describe, expect, it } from 'vitest';
import { currencyOfCell } from '../../../lib/csv-import/deals/currency-cell';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * A deal export's currency cell may hold a sign or a name rather than an ISO code (a hand-edited
 * file, a report formatted for reading). It was checked against /^[A-Z]{3}$/ and the whole deal
 * skipped as invalid. A sign or name that names one currency is read as its code; a lone "$"
 * (US, Canadian, Mexican… dollars and pesos) names none: the deal is imported without its amount,
 * as with an amount that cannot be read, unless the amount cell names the dollar.
 */
const HEADER = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Value,Deal - Currency';

describe('a deal export whose currency cells hold signs or names', () => {
  it('reads signs and names that name one currency as their ISO codes', async () => {
    const db = await freshDb();
    const report = await importDeals(
      db,
      'pipedrive',
      'acme',
      [
        HEADER,
        '1,Euro sign,Proposal,1000,€',
        '2,Euro name,Proposal,1000,Euro',
        '3,Pound,Proposal,1000,£',
        '4,Real,Proposal,1000,R$',
        '5,US dollar name,Proposal,1000,US Dollar',
        '6,Code in lower case,Proposal,1000,chf',
      ].join('\n'),
    );
    expect(report).toMatchObject({ added: 6, invalid: 0, noted: 0 });
    expect((await dealsOf(db)).map((deal) => [deal.recordId, deal.amount, deal.currency])).toEqual([
      ['1', 1000, 'EUR'],
      ['2', 1000, 'EUR'],
      ['3', 1000, 'GBP'],
      ['4', 1000, 'BRL'],
      ['5', 1000, 'USD'],
      ['6', 1000, 'CHF'],
    ]);
  });

  it('reads a name in the file’s language (a German export’s "US-Dollar")', async () => {
    const db = await freshDb();
    const header = 'Deal - ID;Deal - Titel;Deal - Phase;Deal - Wert;Deal - Währung';
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${header}\n11;Dollar;Angebot;1000;US-Dollar\n12;Franken;Angebot;1000;Schweizer Franken\n`,
    );

    expect((await dealsOf(db)).map((deal) => [deal.recordId, deal.currency])).toEqual([
      ['11', 'USD'],
      ['12', 'CHF'],
    ]);
    // The file's language first, English as well: a German file may keep English names.
    expect(currencyOfCell('Swiss Franc', 'de')).toEqual({ code: 'CHF' });
  });

  it('imports a deal whose currency is a lone "$" without its amount, and notes it', async () => {
    const db = await freshDb();
    const report = await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n7,Dollar sign,Proposal,1000,$\n`);

    expect(report).toMatchObject({ added: 1, invalid: 0, noted: 1 });
    expect(report.notedRows).toEqual([
      { row: 1, reason: 'imported without the amount (currency "$" may be US dollars or another dollar)' },
    ]);
    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ recordId: '7', name: 'Dollar sign', stage: 'Proposal' });
    expect(deal?.amount).toBeUndefined();
    expect(deal?.currency).toBeUndefined();
  });

  it('keeps the amount an earlier import gave when a later file’s currency is a lone "$"', async () => {
    const db = await freshDb();
    await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n8,Acme,Proposal,1000,USD\n`);
    const report = await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n8,Acme,Proposal Sent,1200,$\n`);

    expect(report).toMatchObject({ existing: 1, invalid: 0, noted: 1 });
    const [deal] = await dealsOf(db);
    expect(deal?.stage).toBe('Proposal Sent');
    expect(deal).toMatchObject({ amount: 1000, currency: 'USD' });
  });

  it('reads a lone "$" as the dollar the amount cell names', async () => {
    const db = await freshDb();
    await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n9,Acme,Proposal,"CA$1,200",$\n`);

    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ amount: 1200, currency: 'CAD' });
  });

  it('imports a deal whose currency cell names nothing known without its amount', async () => {
    const db = await freshDb();
    const report = await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n10,Acme,Proposal,1000,Dollars\n`);

    expect(report).toMatchObject({ added: 1, invalid: 0, noted: 1 });
    expect(report.notedRows[0]?.reason).toBe('imported without the amount (currency not understood: "Dollars")');
  });
});
