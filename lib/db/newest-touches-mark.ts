import { surelyHappenedBy } from '../metrics/surely-happened-by';
import { isTimelineEntry, lastTouchWithinLoaded, loadedBack } from '../metrics/timeline-read-in-part';
import type { Touch } from '../metrics/touch';
import type { NotRead } from '../schema/read-result';
import type { Contact, Deal } from '../schema/record';

/**
 * A page's timeline may hide touches newer than the newest it showed, whatever touch is known
 * besides: any `activities` notRead entry but one saying only older items were not loaded
 * (`part: 'older'`), since a filter or a fold may hide items of any date; and "Load more" without
 * a bound (an entry without `olderThan`: the feed showed no dated item), since then nothing says
 * how new the items not loaded may be. "Load more" with its bound does not mark the record: whether
 * a touch not loaded may be newer than the last touch depends on every touch known (one logged in
 * Touchline, one read on another page), so the record keeps the bound instead
 * (newestReadingLoadedBackTo) and whoever knows the last touch weighs it (newestTouchMayBeUnread).
 */
function newestMayBeUnread(notRead: readonly NotRead[]): boolean {
  return notRead.some(isTimelineEntry) && loadedBack(notRead) === undefined;
}

/**
 * A stored record after a reading of its page (Contact/Deal newestTouchesMayBeUnread and
 * newestReadingLoadedBackTo): the newest reading marks it when its timeline may hide newer touches,
 * keeps how far back its feed was loaded when it left only older items behind "Load more", and
 * clears both when it read the timeline whole (a filtered or folded reading clears the bound, which
 * the mark then outweighs). An older reading, saved after a newer one, says nothing of the newest
 * touches: both stay as they were. Only page readings come here: imports and touches logged in
 * Touchline read no timeline, so they neither set nor clear either.
 */
export function withNewestTouchesMark<T extends Contact | Deal>(
  record: T,
  reading: { notRead: readonly NotRead[] },
  newest: boolean,
): T {
  if (!newest) return record;
  const { newestTouchesMayBeUnread: _mark, newestReadingLoadedBackTo: _bound, ...rest } = record;
  const back = loadedBack(reading.notRead);
  if (back !== undefined) return { ...rest, newestReadingLoadedBackTo: new Date(back).toISOString() } as T;
  return (newestMayBeUnread(reading.notRead) ? { ...rest, newestTouchesMayBeUnread: true } : rest) as T;
}

/**
 * Whether a touch newer than the record's last touch known (`last`, of every touch the caller
 * counts: read on any page, or logged) may be in what its newest page reading did not read, as
 * the panel would say of that reading (newestTouchRead): the record is marked, or its feed was
 * loaded back only to after the last touch had surely happened (a touch dated only by day counts
 * as its day's end), or no touch is known at all beside a feed read in part.
 */
export function newestTouchMayBeUnread(
  record: Pick<Contact | Deal, 'newestTouchesMayBeUnread' | 'newestReadingLoadedBackTo'>,
  last: Touch | undefined,
): boolean {
  if (record.newestTouchesMayBeUnread) return true;
  const bound = record.newestReadingLoadedBackTo;
  if (bound === undefined) return false;
  return !lastTouchWithinLoaded(Date.parse(bound), last && surelyHappenedBy(last).toISOString());
}
