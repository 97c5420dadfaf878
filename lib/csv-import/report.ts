import * as z from 'zod/mini';

const count = z.int().check(z.nonnegative());
const rowProblemSchema = z.object({ row: z.int(), reason: z.string() });
export type RowProblem = z.infer<typeof rowProblemSchema>;

/** What an import did, shown after it (`[data-import-report]`) and returned to callers. */
export const importReportSchema = z.object({
  /** Data rows read (the header row not counted). */
  rows: count,
  added: count,
  /** Already in the cache (same key, or the same touch by the duplicate rules), or twice in the file. */
  existing: count,
  invalid: count,
  /** Valid rows with no contact or deal the CRM id or email leads to: reported, not stored. */
  unlinked: count,
  /** Dated before the retention limit: not stored again. */
  tooOld: count,
  /**
   * Stored rows whose type no rule recognises (a Pipedrive company's own type): kept as tasks, as
   * the page reader counts them, so no touch; counted among those added or already there.
   */
  readAsTask: count,
  /**
   * Stored rows with a cell that could not be read, stored without it (a deal's unreadable amount or
   * stage date): counted among those added or already there, never among the invalid.
   */
  noted: count,
  /** The first few invalid and unlinked rows, with why (row 1 is the first row after the header). */
  problems: z.array(rowProblemSchema),
  unlinkedRows: z.array(rowProblemSchema),
  /** The first few rows read as tasks, with the type not known. */
  readAsTaskRows: z.array(rowProblemSchema),
  /** The first few rows stored with a note, with what they were stored without. */
  notedRows: z.array(rowProblemSchema),
  cancelled: z.boolean(),
  /** Where the file stopped being readable (an unclosed quote): rows from there on were not read. */
  unreadableFrom: z.optional(rowProblemSchema),
  /**
   * Why the import stopped: before any row (no date column, an unreadable file), or part-way (a
   * batch that could not be written), when the counts say what the batches before it wrote.
   */
  error: z.optional(z.string()),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const EXAMPLES_KEPT = 5;

export function emptyReport(): ImportReport {
  return {
    rows: 0,
    added: 0,
    existing: 0,
    invalid: 0,
    unlinked: 0,
    tooOld: 0,
    readAsTask: 0,
    noted: 0,
    problems: [],
    unlinkedRows: [],
    readAsTaskRows: [],
    notedRows: [],
    cancelled: false,
  };
}

export function noteProblem(list: RowProblem[], row: number, reason: string): void {
  if (list.length < EXAMPLES_KEPT) list.push({ row, reason });
}

/** Where a quote that never closes stopped the file (ParseEnd.unclosedQuoteRow): the rest of it reads as one cell. */
export function unclosedQuoteProblem(row: number): RowProblem {
  return {
    row,
    reason:
      'a quote in this row is never closed, so the rest of the file reads as one cell: no row from here on was read',
  };
}

/** An error's message, as the report gives it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
