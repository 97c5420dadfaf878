import { describe, expect, it } from 'vitest';
import { settledMapping } from '../../../components/team/import/import-steps';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';

/**
 * team-view.md step 3: "The whole column is checked before an order used before or the language's
 * is applied: its own evidence wins. A file that mixes both orders is imported in the order you
 * choose". Without an order used before, a column whose later rows show both orders asks the user
 * (date-order-whole-column.test.ts). With one (the account's previous UK export was day first), the
 * same file was imported day first without asking: its "11/18/2026" rows reported as misfits and
 * every ambiguous row ("04/11/2026") silently read day first, though the file itself says some of
 * its rows are month first.
 */
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';
const row = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Completed,Call,Outbound,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;
const ambiguous = (n: number) => Array.from({ length: n }, (_, i) => row(`0${(i % 9) + 1}/11/2026`, 10 + i));

describe('a file mixing both date orders, for an account whose previous export was day first', () => {
  it('asks the manager for the order instead of applying the one used before', async () => {
    const text = [HEADER, ...ambiguous(25), row('25/10/2026', 1), row('11/18/2026', 99)].join('\n');
    const saved = { columns: {}, dayFirst: true };
    const prepared = prepareMapping('salesforce', await previewCsv(text, 21), saved);
    expect(prepared.dateOrder).toBe('assumed');

    let asked: string | undefined;
    const settled = await settledMapping(
      prepared,
      prepared.dateOrder,
      { input: text },
      new AbortController().signal,
      () => {},
      (why) => {
        asked = why;
      },
    );

    expect(settled).toBeUndefined();
    expect(asked).toBe('asked-mixed');
  });
});

describe("a file mixing both date orders, whose headers' language prints day first", () => {
  const GERMAN_HEADER = 'Betreff,Zugewiesen,Fälligkeitsdatum,Status,Anruftyp,Kontakt-ID,Aktivitäts-ID';
  const germanRow = (date: string, n: number) =>
    `Anruf ${n},Dana Reyes,${date},Abgeschlossen,Ausgehend,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;

  it("asks the manager for the order instead of applying the language's", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => germanRow(`0${(i % 9) + 1}/11/2026`, 10 + i));
    const text = [GERMAN_HEADER, ...rows, germanRow('25/10/2026', 1), germanRow('11/18/2026', 99)].join('\n');
    const prepared = prepareMapping('salesforce', await previewCsv(text, 21));
    expect([prepared.dateOrder, prepared.mapping.dayFirst]).toEqual(['assumed', true]);

    const found: string[] = [];
    const settled = await settledMapping(
      prepared,
      prepared.dateOrder,
      { input: text },
      new AbortController().signal,
      () => {},
      (status) => {
        found.push(status);
      },
    );

    expect(settled).toBeUndefined();
    expect(found).toEqual(['asked-mixed']);
  });

  it("(control) keeps the language's order when no row in the file shows one", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => germanRow(`0${(i % 9) + 1}/11/2026`, 10 + i));
    const text = [GERMAN_HEADER, ...rows].join('\n');
    const prepared = prepareMapping('salesforce', await previewCsv(text, 21));
    const settled = await settledMapping(
      prepared,
      prepared.dateOrder,
      { input: text },
      new AbortController().signal,
      () => {},
    );
    expect(settled?.dayFirst).toBe(true);
  });
});
