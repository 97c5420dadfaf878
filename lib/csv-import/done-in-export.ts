import { keepsTime } from '../db/page-activities';
import type { Activity } from '../schema/activity';

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
