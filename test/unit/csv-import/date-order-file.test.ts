import { describe, expect, it } from 'vitest';
import { settledMapping } from '../../../components/team/import/import-steps';
import { toSaved } from '../../../lib/csv-import/mapping';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import { CLOCK, dump, freshDb } from './import-fixture';

const SF = 'acme.lightning.force.com';
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';
const row = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Completed,Call,Outbound,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;
const PREVIEW_ROWS = 21;

async function settle(text: string, saved?: ReturnType<typeof toSaved>) {
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

describe('numeric dates in a file, when the first rows do not settle their order', () => {
  // A US export first: its 11/18 settles month first, and the account remembers it.
  const usFile = [HEADER, row('11/18/2026', 1)].join('\n');
  // Then a UK export: twenty rows dated 1–12 Nov, and further down 18/11/2026.
  const ukFile = [
    HEADER,
    ...Array.from({ length: 20 }, (_, i) => row(`${String((i % 12) + 1).padStart(2, '0')}/11/2026`, 100 + i)),
    row('18/11/2026', 200),
  ].join('\n');

  it("follows the whole column's evidence over the order the account used before", async () => {
    const us = await settle(usFile);
    const saved = toSaved(us.prepared.foldedHeaders, us.mapping ?? us.prepared.mapping);
    const { prepared, mapping } = await settle(ukFile, saved);
    expect([prepared.dateOrder, prepared.mapping.dayFirst, mapping?.dayFirst]).toEqual(['assumed', false, true]);
    const db = await freshDb();
    await runImport({
      db,
      crm: 'salesforce',
      tenant: SF,
      input: ukFile,
      mapping: mapping ?? prepared.mapping,
      clock: CLOCK,
    });
    // 05/11/2026 is 5 November (00:00 in Europe/Berlin), not 11 May.
    expect((await dump(db)).find((r) => r.title === 'Call 104')?.timestamp).toBe('2026-11-04T23:00:00.000Z');
  });

  it('keeps the order used before when nothing in the column settles it', async () => {
    const us = await settle(usFile);
    const saved = toSaved(us.prepared.foldedHeaders, us.mapping ?? us.prepared.mapping);
    const ambiguous = [HEADER, row('03/04/2026', 1), row('05/06/2026', 2)].join('\n');
    expect((await settle(ambiguous, saved)).mapping?.dayFirst).toBe(false);
  });
});

describe('a file mixing both orders, imported in the order chosen', () => {
  it('reports the rows that do not fit it and stores the others', async () => {
    const mixed = [HEADER, row('25/11/2026', 1), row('11/18/2026', 2), row('03/04/2026', 3)].join('\n');
    const { prepared } = await settle(mixed);
    expect(prepared.dateOrder).toBe('conflicting');
    const db = await freshDb();
    const report = await runImport({
      db,
      crm: 'salesforce',
      tenant: SF,
      input: mixed,
      mapping: { ...prepared.mapping, dayFirst: true },
      clock: CLOCK,
    });
    expect(report).toMatchObject({ added: 2, invalid: 1 });
    expect((await dump(db)).map((r) => r.title).sort()).toEqual(['Call 1', 'Call 3']);
  });
});
