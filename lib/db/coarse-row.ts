import { coarseWindow, type DayWindow, windowsOverlap } from '../locale/coarse-window';
import type { Activity } from '../schema/activity';
import { onlyPairs, type Sighting } from './only-pairs';
import { samePageItem } from './same-day-row';

/**
 * The stored undated rows this reading's undated items are later sightings of, where both texts
 * are counts naming no day ("2 weeks ago" read last week, "3 weeks ago" now): such a text changes
 * as the weeks pass, and with it the key hashed from it (lib/keys.ts activityKey), which stored
 * rows keep. Key the item, value the row, which takes the sighting under its own key. A row is an
 * item's only when it is the same page item (samePageItem), no item of this reading shows or took
 * it (`taken`), the days its text could mean when read (rowWindow) share one with those the item's
 * could mean `now`, and no other pair shares its item or its row (onlyPairs; `items` are all of
 * the reading's undated items, those stored under their own key too).
 */
export function coarseSightings(
  items: readonly Activity[],
  ownerRows: readonly Activity[],
  reading: {
    pageKey: string;
    pageZone: string;
    now: Date;
    /** The rows no item of this reading shows or took. */
    taken: ReadonlySet<string>;
    /** The day from which the reading shows the timeline whole ('' for all of it): a row's days all after it. */
    wholeFrom: string;
  },
): Map<Activity, Activity> {
  const { pageKey, pageZone: pageTimeZone, now, taken, wholeFrom } = reading;
  const rows = ownerRows.flatMap((row) => {
    const window = taken.has(row.key) ? undefined : rowWindow(row, pageTimeZone);
    return window && window.from >= wholeFrom ? [{ row, window }] : [];
  });
  if (rows.length === 0) return new Map();
  const pairs: Sighting[] = [];
  for (const item of items) {
    if (item.sourceId || item.timestamp !== undefined || item.dateText === undefined) continue;
    const window = coarseWindow(item.dateText, now, pageTimeZone);
    if (!window) continue;
    for (const { row, window: named } of rows)
      if (samePageItem(row, item, pageKey) && windowsOverlap(window, named)) pairs.push({ item, row });
  }
  return onlyPairs(pairs);
}

/**
 * Whether `day` (YYYY-MM-DD as printed) is one an undated row's count could mean when read
 * (rowWindow), every one of them in the part of the timeline the reading shows whole (`wholeFrom`).
 */
export function coarseDateFits(row: Activity, day: string, pageTimeZone: string, wholeFrom: string): boolean {
  const window = rowWindow(row, pageTimeZone);
  return window !== undefined && window.from >= wholeFrom && window.from <= day && day <= window.to;
}

/**
 * The days an undated row's count naming no day could mean, counted from the reading that gave the
 * row its text: the last that changed it (a new text changes it), else the one that stored it.
 */
export function rowWindow(row: Activity, pageTimeZone: string): DayWindow | undefined {
  const readAt = row.changedAt ?? row.firstSeenAt;
  if (row.timestamp !== undefined || row.dateText === undefined || readAt === undefined) return undefined;
  return coarseWindow(row.dateText, new Date(readAt), pageTimeZone);
}

/**
 * Whether `day` is one a sighting's count naming no day (`dateText`, read `now`) could mean, every
 * such day in the part of the timeline the reading shows whole (`wholeFrom`; undefined: none is).
 */
export function countFits(
  dateText: string | undefined,
  day: string,
  reading: { now: Date; pageZone: string; wholeFrom: string | undefined },
): boolean {
  if (dateText === undefined || reading.wholeFrom === undefined) return false;
  const window = coarseWindow(dateText, reading.now, reading.pageZone);
  return window !== undefined && window.from >= reading.wholeFrom && window.from <= day && day <= window.to;
}
