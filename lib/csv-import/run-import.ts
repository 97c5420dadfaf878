import type { PageClock } from '../adapters/types';
import { rebuildStalePacks } from '../db/activity-pack-stale';
import type { TouchlineDb } from '../db/schema';
import type { Activity, Crm } from '../schema/activity';
import { contactsOfAccount } from './account-contacts';
import { batchWriter } from './batch-writer';
import { eachDataRow } from './each-data-row';
import { exportContacts, storeExportContacts } from './export-contacts';
import { knownOwners } from './known-owners';
import { type ContactsByEmail, contactsByEmail, isLinked, linkRow } from './link-row';
import { type ColumnMapping, mappingProblem } from './mapping';
import type { KnownOwners } from './owner-cell';
import type { CsvSource, ParseEnd } from './parse-csv';
import { keptByRetention, type ReadActivity } from './past-retention';
import { readRow } from './read-row';
import { emptyReport, errorText, type ImportReport, noteProblem, unclosedQuoteProblem } from './report';
import { fileOrdinals } from './row-ordinal';
import { activityFromRow } from './to-activity';
import { unlinkedReason } from './unlinked-reason';

export interface ImportJob extends CsvSource {
  db: TouchlineDb;
  crm: Crm;
  tenant: string;
  mapping: ColumnMapping;
  /** "Now" and the zone the file's dates are read in. */
  clock: PageClock;
  signal?: AbortSignal;
  onProgress?: (progress: number, report: ImportReport) => void;
  /**
   * Rows dated before this instant are past retention and not stored, unless a touch logged in
   * Touchline can merge with one (keptByRetention).
   */
  retentionCutoff?: string;
  /** Rows per write transaction. */
  batchSize?: number;
  /** Writes one batch; the cache (batchWriter) unless a test or benchmark stands in. */
  write?: (batch: Activity[]) => Promise<BatchCounts>;
}

export interface BatchCounts {
  added: number;
  existing: number;
}

// Few enough that merging a batch (stored rows of its contacts parsed with zod) stays a short task.
const BATCH_ROWS = 250;
/** The share of the progress bar the file's rows take; the rest is rebuilding the packs they left stale. */
const ROWS_SHARE = 0.9;

/**
 * Imports an activity export: streams the file in chunks, reads and validates each row, links
 * it to the account's contacts and deals, and writes batches as it goes, yielding to the page
 * so that no task runs long. Cancelling stops after the batch in hand: what was written stays,
 * and importing the file again adds the rest without doubling anything. At the end, cancelled
 * or not, the activity packs the batches left stale are rebuilt from their rows.
 */
export async function runImport(job: ImportJob): Promise<ImportReport> {
  const report = emptyReport();
  const problem = mappingProblem(job.mapping);
  if (problem) return { ...report, error: problem };
  const cached = await contactsOfAccount(job.db, job.crm, job.tenant);
  const byEmail = contactsByEmail(cached);
  const owners = await knownOwners(job.db, job.crm, job.tenant, cached);
  const named = exportContacts(job.crm, job.tenant, new Set(cached.map((c) => c.key)));
  const pending: ReadActivity[] = [];
  const keyed = fileOrdinals();
  const writer = batchWriter(job.db, job.clock.timeZone, job.clock.now);
  const write = job.write ?? writer.write;
  // One batch is written while the next is read: the database works in the browser's own process,
  // so reading rows need not wait for each commit. Batches still commit one after another, in
  // file order, so a later row meets every earlier one (the duplicate rules across batches).
  let writing = Promise.resolve();
  const flush = async () => {
    const { kept, tooOld } = await keptByRetention(job.db, pending.splice(0), job.clock.timeZone);
    report.tooOld += tooOld;
    for (const read of kept) {
      named.note(read.row);
      if (read.readAsTask) {
        report.readAsTask++;
        noteProblem(report.readAsTaskRows, read.readAsTask.row, read.readAsTask.reason);
      }
    }
    const batch = kept.map((read) => read.activity);
    const contacts = named.take();
    if (batch.length === 0) return;
    await writing;
    writing = write(batch).then((written) => {
      report.added += written.added;
      report.existing += written.existing;
      // After the batch's activities: a contact known only from the export is kept with a touch of it.
      return storeExportContacts(job.db, contacts);
    });
    // Awaited by the next flush or at the end; until then a failure is not an unhandled one.
    writing.catch(() => undefined);
  };
  let end: ParseEnd = { aborted: false };
  try {
    end = await eachDataRow(
      job,
      async (cells) => {
        const read = readOne(job, cells, { byEmail, owners }, report, keyed);
        if (read) pending.push(read);
        if (pending.length >= (job.batchSize ?? BATCH_ROWS)) await flush();
      },
      (progress) => job.onProgress?.(progress * ROWS_SHARE, report),
    );
    await flush();
    await writing;
  } catch (error) {
    // A batch that could not be written (a full disk) stops the import; the batches before it
    // are stored and count on the team page, so the report says what they wrote beside the error.
    report.error = errorText(error);
  }
  report.cancelled = end.aborted;
  if (end.unclosedQuoteRow !== undefined) report.unreadableFrom = unclosedQuoteProblem(end.unclosedQuoteRow);
  try {
    // Batches mark packs stale rather than rewrite them (import-activities.ts): one rebuild here
    // writes each touched pack once instead of once per batch.
    await rebuildStalePacks(
      job.db,
      (done, total) => job.onProgress?.(ROWS_SHARE + ((1 - ROWS_SHARE) * done) / total, report),
      writer.marks.id,
    );
  } catch (error) {
    // A pack left stale is read from its rows until a later write or import rebuilds it.
    report.error ??= errorText(error);
  }
  if (!end.aborted && !report.error) job.onProgress?.(1, report);
  return report;
}

function readOne(
  job: ImportJob,
  cells: string[],
  { byEmail, owners }: { byEmail: ContactsByEmail; owners: KnownOwners },
  report: ImportReport,
  keyed: (activity: Activity) => Activity,
): ReadActivity | undefined {
  report.rows++;
  const read = readRow(cells, { crm: job.crm, mapping: job.mapping, clock: job.clock, owners });
  if (!read.ok) {
    report.invalid++;
    noteProblem(report.problems, report.rows, read.reason);
    return undefined;
  }
  const pastRetention = job.retentionCutoff !== undefined && read.row.timestamp < job.retentionCutoff;
  const links = linkRow(read.row, job.crm, job.tenant, byEmail);
  if (!isLinked(links)) {
    if (pastRetention) report.tooOld++;
    else {
      report.unlinked++;
      noteProblem(report.unlinkedRows, report.rows, unlinkedReason(read.row, byEmail));
    }
    return undefined;
  }
  const activity = keyed(activityFromRow(read.row, job.crm, job.tenant, links, job.clock.timeZone));
  const readAsTask = read.readAsTask ? { row: report.rows, reason: read.readAsTask } : undefined;
  return { row: read.row, activity, pastRetention, ...(readAsTask ? { readAsTask } : {}) };
}
