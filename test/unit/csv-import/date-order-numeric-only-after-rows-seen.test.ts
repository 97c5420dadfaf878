import { describe, expect, it } from 'vitest';
import { dealsReady, settledDealMapping } from '../../../components/team/import/deal-import-steps';
import { readyToImport, settledMapping } from '../../../components/team/import/import-steps';
import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { runDealImport } from '../../../lib/csv-import/deals/run-deal-import';
import { type SavedMapping, toSaved } from '../../../lib/csv-import/mapping';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import { CLOCK, dump, freshDb } from './import-fixture';

/**
 * team-view.md step 3: numeric dates' order "is settled from the whole date column", else the order
 * used for the account before or the language's, else the user is asked. The form previews 21
 * lines (the header and 20 rows). When none of those rows had a numeric date, the order was
 * 'not-needed', so the column was never scanned and nobody was asked. Found by hand: a later
 * "03/04/2026" was then reported "date order unknown" and not imported (also in a German file,
 * whose language says day first), and with the order the account used before it was read in that
 * order unchecked, so a UK file after a US one stored 3 April as 4 March and rejected 25/03/2026.
 */
const PREVIEW_ROWS = 21;
const SF = 'acme.lightning.force.com';
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';
const GERMAN_HEADER = 'Betreff,Zugewiesen,Fälligkeitsdatum,Status,Anruftyp,Kontakt-ID,Aktivitäts-ID';
const row = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Completed,Call,Outbound,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;
/** Twenty rows the preview reads, dated year first (nothing to settle): 1–20 November. */
const yearFirst = Array.from({ length: 20 }, (_, i) => row(`2026-11-${String(i + 1).padStart(2, '0')}`, 100 + i));
const file = (later: string[]) => [HEADER, ...yearFirst, ...later].join('\n');
const germanRow = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Abgeschlossen,Ausgehend,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;
const germanFile = (later: string[]) =>
  [
    GERMAN_HEADER,
    ...Array.from({ length: 20 }, (_, i) => germanRow(`2026-11-0${(i % 9) + 1}`, 100 + i)),
    ...later,
  ].join('\n');

async function settle(text: string, saved?: SavedMapping) {
  const prepared = prepareMapping('salesforce', await previewCsv(text, PREVIEW_ROWS), saved);
  const mapping = await settledMapping(
    prepared,
    prepared.dateOrder,
    { input: text },
    new AbortController().signal,
    () => {},
  );
  return { prepared, mapping };
}

async function imported(text: string, saved?: SavedMapping) {
  const { mapping } = await settle(text, saved);
  if (!mapping) throw new Error('the order was asked for');
  const db = await freshDb();
  const report = await runImport({ db, crm: 'salesforce', tenant: SF, input: text, mapping, clock: CLOCK });
  const rows = await dump(db);
  return { report, at: (title: string) => rows.find((r) => r.title === title)?.timestamp };
}

/** Midnight in Berlin (CLOCK's zone), where the rows below are read: summer time from 29 March 2026. */
const MIDNIGHT = {
  '25 March': '2026-03-24T23:00:00.000Z',
  '3 April': '2026-04-02T22:00:00.000Z',
};

describe('numeric dates only after the rows the preview reads', () => {
  it('settles their order from the whole column: 25/03/2026 further down makes 03/04/2026 the 3rd of April', async () => {
    const text = file([row('25/03/2026', 1), row('03/04/2026', 2)]);
    const { report, at } = await imported(text);
    expect(at('Call 2')).toBe(MIDNIGHT['3 April']);
    expect(report.invalid).toBe(0);
  });

  it('asks the user when the whole column leaves the order open and nothing else settles it', async () => {
    const text = file([row('03/04/2026', 1), row('05/06/2026', 2)]);
    const { prepared, mapping } = await settle(text);
    // The form still imports at once (the column is scanned then, and the question asked if need be).
    expect(readyToImport(prepared, prepared.dateOrder)).toBe(true);
    expect(mapping).toBeUndefined();
  });

  it("assumes the language's order (German prints day first) when the column leaves it open", async () => {
    const text = germanFile([germanRow('03/04/2026', 1)]);
    const { prepared } = await settle(text);
    expect(prepared.dateOrder).toBe('assumed');
    const { at } = await imported(text);
    expect(at('Call 1')).toBe(MIDNIGHT['3 April']);
  });

  it("follows the column's evidence over the order the account used before", async () => {
    const us = await settle([HEADER, row('11/18/2026', 1)].join('\n'));
    const saved = toSaved(us.prepared.foldedHeaders, us.mapping ?? us.prepared.mapping);
    expect(saved.dayFirst).toBe(false);
    const { report, at } = await imported(file([row('25/03/2026', 1), row('03/04/2026', 2)]), saved);
    expect(at('Call 1')).toBe(MIDNIGHT['25 March']);
    expect(at('Call 2')).toBe(MIDNIGHT['3 April']);
    expect(report.invalid).toBe(0);
  });

  it('(control) needs no order, and asks nothing, when the whole column has no numeric date', async () => {
    const text = file([row('2026-11-21', 1)]);
    const { prepared, mapping } = await settle(text);
    expect(readyToImport(prepared, prepared.dateOrder)).toBe(true);
    expect(mapping).toBeDefined();
    expect(mapping?.dayFirst).toBeUndefined();
  });
});

describe('a deal export with numeric dates only after the rows the preview reads', () => {
  const DEAL_HEADER =
    '"Opportunity Owner","Opportunity Name","Stage","Amount","Close Date","Created Date","Opportunity ID"';
  const deal = (close: string, created: string, n: number) =>
    `"Morgan Lee","Deal ${n}","Qualification","$2,400.00","${close}","${created}","0065g00000Q${String(n).padStart(4, '0')}"`;
  const seen = Array.from({ length: 20 }, (_, i) => deal('2026-12-18', '2026-11-02', 10 + i));
  const deals = (later: string[]) => [DEAL_HEADER, ...seen, ...later].join('\n');

  async function settleDeals(text: string) {
    const prepared = prepareDealMapping('salesforce', await previewCsv(text, PREVIEW_ROWS));
    const mapping = await settledDealMapping(
      prepared.mapping,
      prepared.dateOrder,
      { input: text },
      new AbortController().signal,
      () => {},
    );
    return { prepared, mapping };
  }

  it('settles their order from every date column: 25/11/2026 makes 03/12/2026 the 3rd of December', async () => {
    const text = deals([deal('03/12/2026', '25/11/2026', 99)]);
    const { mapping } = await settleDeals(text);
    expect(mapping?.dayFirst).toBe(true);
    const db = await freshDb();
    await runDealImport({
      db,
      crm: 'salesforce',
      tenant: SF,
      input: text,
      mapping: mapping ?? { targets: [], stageColumns: [] },
      clock: CLOCK,
    });
    expect((await db.getAll('deals')).find((d) => d.name === 'Deal 99')?.closeDate).toBe('2026-12-03');
  });

  it('asks the user when every date column leaves the order open', async () => {
    const { prepared, mapping } = await settleDeals(deals([deal('03/12/2026', '05/11/2026', 99)]));
    expect(dealsReady(prepared.mapping, prepared.dateOrder)).toBe(true);
    expect(mapping).toBeUndefined();
  });

  it('(control) asks nothing when no date column has a numeric date', async () => {
    const { mapping } = await settleDeals(deals([deal('2026-12-20', '2026-11-05', 99)]));
    expect(mapping).toBeDefined();
    expect(mapping?.dayFirst).toBeUndefined();
  });
});
