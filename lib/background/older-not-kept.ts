import { retentionCutoff } from '../db/retention-rule';
import type { ReadOk } from '../schema/read-result';
import type { RecordView } from '../schema/view-model';

/**
 * The view with how many of the page's activities retention left unstored (retention applies on
 * read too), so a record whose page shows only older activity is never shown as one with none.
 */
export function withOlderNotKept(view: RecordView, reading: ReadOk, now: Date, retentionDays: number): RecordView {
  const before = retentionCutoff(now, retentionDays);
  const cutoff = Date.parse(before);
  const older = reading.activities.filter((a) => a.timestamp !== undefined && Date.parse(a.timestamp) < cutoff);
  return older.length === 0 ? view : { ...view, olderNotKept: { activities: older.length, before } };
}
