import { keptForLogged, openLoggedTouches, RETENTION_LOGGED_STORES } from '../db/retention-logged';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import type { Activity } from '../schema/activity';
import type { RowProblem } from './report';
import type { ImportRow } from './row-schema';

/** A row read from the file, linked, as the activity to store. */
export interface ReadActivity {
  row: ImportRow;
  activity: Activity;
  /** Dated before the retention cutoff: stored only for a logged touch it can merge with. */
  pastRetention: boolean;
  /** The row's number and why it was read as a task (readRow), for the report once the row is kept. */
  readAsTask?: RowProblem;
}

/**
 * A batch's rows that retention keeps: those within it, and those past it that a touch logged in
 * Touchline and not merged yet could merge with (keptForLogged), so the import merges them as a
 * page reading would and the CRM's copy is not offered to the CRM again. The logged touches are
 * read only when some row of the batch is past the cutoff. `zone` is the one the file's dates were
 * read in, which is also the zone a date alone was printed in.
 */
export async function keptByRetention(
  db: TouchlineDb,
  batch: readonly ReadActivity[],
  zone: string,
): Promise<{ kept: ReadActivity[]; tooOld: number }> {
  const past = batch.filter((read) => read.pastRetention).map((read) => read.activity);
  if (past.length === 0) return { kept: [...batch], tooOld: 0 };
  const forLogged = await runTransaction(db, [...RETENTION_LOGGED_STORES], 'readonly', 'read', async (tx) =>
    keptForLogged(tx, await openLoggedTouches(tx), past, { timeZone: zone, pageTimeZone: zone }),
  );
  const kept = batch.filter((read) => !read.pastRetention || forLogged.has(read.activity));
  return { kept, tooOld: batch.length - kept.length };
}
