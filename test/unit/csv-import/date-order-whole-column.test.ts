import { describe, expect, it } from 'vitest';
import { settledDealMapping } from '../../../components/team/import/deal-import-steps';
import { settledMapping } from '../../../components/team/import/import-steps';
import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';

/**
 * team-view.md step 3: numeric dates' order "is settled from the whole date column", and "a file
 * that mixes both orders is imported in the order you choose". The import form previews 21 lines
 * (the header and 20 rows); what those rows show is only the column's first evidence.
 */
const PREVIEW_ROWS = 21;
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';
const row = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Completed,Call,Outbound,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;
/** Rows dated 1–9 November, written either way round: "01/11/2026" day first is "11/01/2026" month first. */
const early = (n: number) => Array.from({ length: n }, (_, i) => row(`0${(i % 9) + 1}/11/2026`, 10 + i));

async function settle(text: string) {
  const prepared = prepareMapping('salesforce', await previewCsv(text, PREVIEW_ROWS));
  return settledMapping(prepared, prepared.dateOrder, { input: text }, new AbortController().signal, () => {});
}

describe('numeric dates whose first 20 rows are day first', () => {
  it('asks the user for the order when a later row is month first (the whole column holds both)', async () => {
    const text = [HEADER, row('25/10/2026', 1), ...early(25), row('11/18/2026', 99)].join('\n');
    expect(await settle(text)).toBeUndefined();
  });

  it('(control) imports day first without asking when no later row says otherwise', async () => {
    const text = [HEADER, row('25/10/2026', 1), ...early(25), row('18/11/2026', 99)].join('\n');
    expect((await settle(text))?.dayFirst).toBe(true);
  });
});

describe('a deal export whose first 20 rows are month first and a later row day first', () => {
  const DEAL_HEADER =
    '"Opportunity Owner","Opportunity Name","Stage","Amount","Close Date","Created Date","Opportunity ID"';
  const deal = (close: string, n: number) =>
    `"Morgan Lee","Deal ${n}","Qualification","$2,400.00","${close}","11/02/2026","0065g00000Q${String(n).padStart(4, '0')}"`;
  const deals = (last: string) =>
    [
      DEAL_HEADER,
      deal('12/18/2026', 1),
      ...Array.from({ length: 25 }, (_, i) => deal(`12/0${(i % 9) + 1}/2026`, 10 + i)),
      deal(last, 99),
    ].join('\n');

  async function settleDeals(text: string) {
    const prepared = prepareDealMapping('salesforce', await previewCsv(text, PREVIEW_ROWS));
    return settledDealMapping(
      prepared.mapping,
      prepared.dateOrder,
      { input: text },
      new AbortController().signal,
      () => {},
    );
  }

  it('asks the user for the order (every date column is scanned, not only the rows seen)', async () => {
    expect(await settleDeals(deals('25/12/2026'))).toBeUndefined();
  });

  it('(control) imports month first without asking when no later row says otherwise', async () => {
    expect((await settleDeals(deals('12/25/2026')))?.dayFirst).toBe(false);
  });
});
