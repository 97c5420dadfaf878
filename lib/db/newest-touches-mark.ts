import { isTimelineEntry } from '../metrics/timeline-read-in-part';
import type { NotRead } from '../schema/read-result';
import type { Contact, Deal } from '../schema/record';

/**
 * A page's timeline may hide touches newer than the newest it showed: any `activities` notRead
 * entry but one saying only older items were not loaded (`part: 'older'`): a filter or a fold may
 * hide items of any date. "Load more" alone does not mark the record: whether a touch below the
 * items loaded may be newer than the last touch depends on every touch known (one logged in
 * Touchline, one read on the deal's page), which the panel weighs (newestTouchRead) and a stored
 * row taken from one reading cannot.
 */
export function newestMayBeUnread(notRead: readonly NotRead[]): boolean {
  return notRead.some((item) => isTimelineEntry(item) && item.part !== 'older');
}

/**
 * A stored record after a reading of its page (Contact/Deal newestTouchesMayBeUnread): the newest
 * reading marks it when its timeline may hide newer touches, and clears the mark when it read the
 * timeline whole or left only older items unloaded. An older reading, saved after a newer one,
 * says nothing of the newest touches: the mark stays as it was. Only page readings come here:
 * imports and touches logged in Touchline read no timeline, so they neither set nor clear it.
 */
export function withNewestTouchesMark<T extends Contact | Deal>(
  record: T,
  reading: { notRead: readonly NotRead[] },
  newest: boolean,
): T {
  if (!newest) return record;
  const { newestTouchesMayBeUnread: _, ...rest } = record;
  return (newestMayBeUnread(reading.notRead) ? { ...rest, newestTouchesMayBeUnread: true } : rest) as T;
}
