import { expect, it } from 'vitest';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * The amount cell and the currency column of a deal export are read together: a lone "$" in the
 * amount cell with no currency column names no currency (the amount is left out and noted, as
 * with a lone "$" in a currency cell), and the currency column gives the amount's decimals: a
 * German Pipedrive file's "750,000" Kuwaiti dinars (three decimals) is 750. Values by hand.
 */
it('leaves out an amount whose cell shows a lone "$" and no currency column names one', async () => {
  const db = await freshDb();
  const report = await importDeals(
    db,
    'salesforce',
    'acme.lightning.force.com',
    [
      'Opportunity ID,Opportunity Name,Stage,Amount,Close Date',
      '0065e00000AaAaAAAA,Lone dollar,Proposal,"$12,500.00",12/18/2026',
      '0065e00000BbBbBAAA,US dollar,Proposal,"US$12,500.00",12/18/2026',
      '0065e00000CcCcCAAA,Euro,Proposal,"€12,500.00",12/18/2026',
      // Review rg63b: the code beside the "$" names it.
      '0065e00000DdDdDAAA,Dollar and code,Proposal,"$12,500 USD",12/18/2026',
    ].join('\n'),
  );
  expect(report).toMatchObject({ added: 4, invalid: 0, noted: 1 });
  expect((await dealsOf(db)).map((deal) => [deal.name, deal.amount, deal.currency])).toEqual([
    ['Lone dollar', undefined, undefined],
    ['US dollar', 12500, 'USD'],
    ['Euro', 12500, 'EUR'],
    ['Dollar and code', 12500, 'USD'],
  ]);
});

it('reads "750,000" Kuwaiti dinars in a German file as 750', async () => {
  const db = await freshDb();
  const header = 'Deal - ID;Deal - Titel;Deal - Phase;Deal - Wert;Deal - Währung';
  await importDeals(
    db,
    'pipedrive',
    'acme',
    `${header}\n21;Kuwait;Angebot;750,000;KWD\n22;Berlin;Angebot;750,000;EUR\n`,
  );
  expect((await dealsOf(db)).map((deal) => [deal.recordId, deal.amount, deal.currency])).toEqual([
    ['21', 750, 'KWD'],
    ['22', 750000, 'EUR'],
  ]);
});
