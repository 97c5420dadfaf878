import { keepsTime } from '../db/page-activities';
import type { Activity } from '../schema/activity';

/**
 * An export row of the activity a stored row holds under the same CRM id (metrics.md "Duplicate",
 * rule 1), whose known outcome the import takes as a newer sighting's, as a page reading of the
 * same id does (lib/db/page-activities.ts mergeActivity). An export carries no time it was made,
 * so the file imported last is the newest for the outcome, as the page read last is; re-importing
 * one file changes nothing.
 */
export function sameCrmId(stored: Activity, row: Activity): boolean {
  return stored.sourceId !== undefined && stored.sourceId === row.sourceId;
}

/**
 * The stored row with the outcome a newer sighting of the same CRM id shows, as a page reading
 * takes it: a known outcome replaces the stored one ("No answer" corrected to "Connected"; a
 * meeting "Completed", then "Canceled"), an unknown or missing one says nothing. An outcome the
 * user gave a logged touch stands for the CRM's only while the CRM's is unknown (metrics.md
 * "Logged in Touchline"): `pageOwn` then keeps the CRM's, so an undo puts it back (withUserFields).
 */
export function takeExportOutcome(filled: Activity, row: Activity): void {
  if (row.outcome === undefined || row.outcome === 'unknown') return;
  filled.outcome = row.outcome;
  if (filled.pageOwn?.outcome !== undefined) filled.pageOwn = { ...filled.pageOwn, outcome: row.outcome };
}

/**
 * The export shows done an item stored planned (or shown done by a due day still ahead), so it is
 * dated by when it was done: a call due on the 24th and made on the 19th is a touch of the 19th
 * (done-time.ts dateTextOf). Never a less exact sighting of the same day (a due date alone on the
 * day of the stored due time: keepsTime), which says nothing new. An export showing planned an
 * item stored done moves nothing (fillIn): the file may be older than the sighting.
 */
export function statusMoved(stored: Activity, row: Activity, pageTimeZone: string | undefined): boolean {
  if (row.timestamp === undefined || row.planned !== false || keepsTime(stored, row, pageTimeZone)) return false;
  return stored.planned === true || (stored.planned === false && doneBefore(row, stored));
}

/** The export's done time is before the due day the stored row was shown done by. */
function doneBefore(row: Activity, stored: Activity): boolean {
  return stored.timestamp !== undefined && Date.parse(row.timestamp as string) < Date.parse(stored.timestamp);
}
