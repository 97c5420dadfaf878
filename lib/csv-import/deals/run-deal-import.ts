import type { PageClock } from '../../adapters/types';
import type { TouchlineDb } from '../../db/schema';
import type { Crm } from '../../schema/activity';
import type { DealImportRow } from '../../schema/deal-import';
import { eachDataRow } from '../each-data-row';
import type { CsvSource, ParseEnd } from '../parse-csv';
import { emptyReport, errorText, type ImportReport, noteProblem, unclosedQuoteProblem } from '../report';
import { type DealMapping, dealMappingProblem } from './mapping';
import { readDealRow } from './read-deal-row';
import { type DealBatchCounts, writeDealBatch } from './write-deals';

export interface DealImportJob extends CsvSource {
  db: TouchlineDb;
  crm: Crm;
  tenant: string;
  mapping: DealMapping;
  /** "Now" (when current stages without a date are first seen) and the zone the file's dates are read in. */
  clock: PageClock;
  signal?: AbortSignal;
  onProgress?: (progress: number, report: ImportReport) => void;
  batchSize?: number;
}

const BATCH_ROWS = 250;

/**
 * Imports a deal export: streams the file, reads and validates each row, and writes the deals a
 * batch per transaction, in file order, giving the page its thread back between slices. The
 * report counts deals: `added` new, `existing` already cached (unchanged or merged), `invalid`
 * rows skipped with why, `noted` deals stored without a cell that could not be read. Cancelling keeps what was written; importing again changes nothing more.
 */
export async function runDealImport(job: DealImportJob): Promise<ImportReport> {
  const report = emptyReport();
  const problem = dealMappingProblem(job.mapping);
  if (problem) return { ...report, error: problem };
  const pending: DealImportRow[] = [];
  const account = { crm: job.crm, tenant: job.tenant };
  const count = (written: DealBatchCounts) => {
    report.added += written.added;
    report.existing += written.existing;
  };
  const flush = async () => {
    if (pending.length > 0) count(await writeDealBatch(job.db, pending.splice(0), account, job.clock.now));
  };
  let end: ParseEnd = { aborted: false };
  try {
    end = await eachDataRow(
      job,
      async (cells) => {
        const row = readOne(job, cells, report);
        if (row) pending.push(row);
        if (pending.length >= (job.batchSize ?? BATCH_ROWS)) await flush();
      },
      (progress) => job.onProgress?.(progress, report),
    );
    await flush();
  } catch (error) {
    // A batch that could not be written stops the import; the batches before it are stored and counted.
    report.error = errorText(error);
  }
  report.cancelled = end.aborted;
  if (end.unclosedQuoteRow !== undefined) report.unreadableFrom = unclosedQuoteProblem(end.unclosedQuoteRow);
  return report;
}

/**
 * One row read as a deal, counted in the report; a row that cannot be read is reported invalid, one
 * with a cell left out is noted.
 */
function readOne(job: DealImportJob, cells: string[], report: ImportReport): DealImportRow | undefined {
  report.rows++;
  const read = readDealRow(cells, { crm: job.crm, mapping: job.mapping, clock: job.clock });
  if (!read.ok) {
    report.invalid++;
    noteProblem(report.problems, report.rows, read.reason);
    return undefined;
  }
  if (read.left.length > 0) {
    // Imported all the same: a note beside the deal, not an invalid row.
    report.noted++;
    noteProblem(report.notedRows, report.rows, `imported without ${read.left.join(', ')}`);
  }
  return read.row;
}
