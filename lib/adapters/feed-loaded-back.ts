import { dayEnd } from '../metrics/printed-day';
import type { ActivityReading } from '../schema/activity';
import type { ReadResult } from '../schema/read-result';
import { zonedDay } from '../zoned-day';

/**
 * How far back a page reading's own feed was loaded (NotRead.olderThan): the instant by which its
 * oldest dated item had surely happened (an item the page dated only by day: that day's last
 * instant in the zone the page was read in, where the reading stored its day's start). The feed
 * lists newest first, so what "Load more" leaves unloaded is older than every item loaded, so
 * than this instant. Only this reading's items bound it: touches stored from other pages or
 * earlier readings say nothing of how far this page was loaded. Planned items are left out: an
 * overdue task sits with the upcoming ones above the feed, not in its order. Pinned copies, which
 * also sit above the feed, are the adapter's to leave out (it alone sees where an item stood).
 */
export function feedLoadedBack(
  activities: readonly Pick<ActivityReading, 'timestamp' | 'timePrecision' | 'planned'>[],
  timeZone: string,
): string | undefined {
  let oldest: number | undefined;
  for (const activity of activities) {
    if (!activity.timestamp || activity.planned) continue;
    const by =
      activity.timePrecision === 'day'
        ? dayEnd(zonedDay(activity.timestamp, timeZone), timeZone).getTime()
        : Date.parse(activity.timestamp);
    if (oldest === undefined || by < oldest) oldest = by;
  }
  return oldest === undefined ? undefined : new Date(oldest).toISOString();
}

/**
 * The reading with each "Load more" entry (`part: 'older'`) saying how far back the feed was
 * loaded, from every item read, where the adapter did not say it itself (as HubSpot does, leaving
 * out its pinned copies).
 */
export function withFeedLoadedBack(result: ReadResult, timeZone: string): ReadResult {
  if (result.status !== 'read' || !result.notRead.some((item) => item.part === 'older' && !item.olderThan))
    return result;
  const olderThan = feedLoadedBack(result.activities, timeZone);
  if (!olderThan) return result;
  const notRead = result.notRead.map((item) =>
    item.part === 'older' && !item.olderThan ? { ...item, olderThan } : item,
  );
  return { ...result, notRead };
}
