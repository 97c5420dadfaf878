import type { RecordView } from '../schema/view-model';
import type { Touch } from './touch';

/**
 * The view's `oldestReadBy`: the instant by which the oldest touch read from a CRM page had surely
 * happened (a touch the page dated only by day: that day's end, `dayEnd`). When a timeline's only
 * part not read is older items behind "Load more", those items are older than every touch read,
 * so before this instant (readBefore in timeline-read-in-part.ts). Touches logged in Touchline are
 * left out: they say nothing of how far back the page's timeline was loaded. Imported ones are in:
 * a page reading of a row an export stored first keeps the row's origin (`import`), so the origin
 * cannot tell the page's touches from the file's, and an export is the CRM's own record of that
 * timeline. Automated touches and completed tasks are in: the page showed them on its timeline
 * whether or not the figures count them.
 */
export function oldestReadBy(touches: readonly Touch[]): Pick<RecordView, 'oldestReadBy'> {
  let oldest: number | undefined;
  for (const touch of touches) {
    if (touch.activity.origin === 'logged-in-touchline') continue;
    const by = (touch.dayEnd ?? touch.at).getTime();
    if (oldest === undefined || by < oldest) oldest = by;
  }
  return oldest === undefined ? {} : { oldestReadBy: new Date(oldest).toISOString() };
}
