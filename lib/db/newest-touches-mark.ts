import { isTimelineEntry, newestTouchRead } from '../metrics/timeline-read-in-part';
import { type ActivityReading, channelOf } from '../schema/activity';
import type { NotRead } from '../schema/read-result';
import type { Contact, Deal } from '../schema/record';

/**
 * A page's timeline may hide touches newer than the newest it showed, as the panel judges it
 * (withTimelineReadInPart, newestTouchRead): any `activities` notRead entry but one saying only
 * older items were not loaded (a filter or a fold may hide items of any date); and with only older
 * items behind "Load more", unless a touch the reading shows is no older than the oldest item it
 * loaded (NotRead.olderThan): a feed loaded back over notes alone, or a pinned old email above it,
 * leaves the stretch below the loaded items, where a newer touch than any stored may be.
 */
export function newestMayBeUnread(notRead: readonly NotRead[], activities: readonly ActivityReading[]): boolean {
  if (!notRead.some(isTimelineEntry)) return false;
  return !newestTouchRead(notRead, newestTouchShown(activities));
}

/** The newest done touch (a call, email, meeting, message) the reading dates. */
function newestTouchShown(activities: readonly ActivityReading[]): string | undefined {
  let newest: string | undefined;
  for (const a of activities) {
    if (!a.timestamp || a.planned || !channelOf(a.type)) continue;
    if (newest === undefined || Date.parse(a.timestamp) > Date.parse(newest)) newest = a.timestamp;
  }
  return newest;
}

/**
 * A stored record after a reading of its page (Contact/Deal newestTouchesMayBeUnread): the newest
 * reading marks it when its timeline may hide newer touches, and clears the mark when it read the
 * timeline whole or left only items older than a touch it shows unloaded. An older reading, saved after a newer one,
 * says nothing of the newest touches: the mark stays as it was. Only page readings come here:
 * imports and touches logged in Touchline read no timeline, so they neither set nor clear it.
 */
export function withNewestTouchesMark<T extends Contact | Deal>(
  record: T,
  reading: { notRead: readonly NotRead[]; activities: readonly ActivityReading[] },
  newest: boolean,
): T {
  if (!newest) return record;
  const { newestTouchesMayBeUnread: _, ...rest } = record;
  return (
    newestMayBeUnread(reading.notRead, reading.activities) ? { ...rest, newestTouchesMayBeUnread: true } : rest
  ) as T;
}
