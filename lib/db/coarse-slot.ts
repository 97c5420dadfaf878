import { coarseWindow, windowsOverlap } from '../locale/coarse-window';
import type { Activity } from '../schema/activity';
import { rowWindow } from './coarse-row';

/**
 * The key of an undated item dated by a count naming no day ("2 weeks ago"). Its key hashes that
 * text (lib/keys.ts), which a week later names other days: last week's "2 weeks ago" says "3 weeks
 * ago" now, and this week's "2 weeks ago" was last week's "a week ago". So a stored row under the
 * key (or an ordinal of it) is the item's only where its own count, read when it was, could mean a
 * day the item's count means `now`; where no such row is free, the item takes a free ordinal, and
 * meets its own row as another sighting (coarseSightings) instead of taking another email's.
 */
export function coarseSlot(
  activity: Activity,
  recordRows: readonly Activity[],
  taken: ReadonlySet<string>,
  reading: { pageZone: string; now: Date; wholeFrom: string | undefined },
): string {
  if (activity.sourceId || activity.timestamp !== undefined || activity.dateText === undefined) return activity.key;
  // A reading that may hide any day (wholeFrom undefined) pairs no sighting across keys
  // (coarseSightings): there the key the text hashes to keeps the count of rows right more often.
  if (reading.wholeFrom === undefined) return activity.key;
  const window = coarseWindow(activity.dateText, reading.now, reading.pageZone);
  if (!window) return activity.key;
  const base = activity.key.replace(/:\d+$/, '');
  const underKey = recordRows.filter((row) => row.key === base || row.key.startsWith(`${base}:`));
  if (underKey.length === 0) return activity.key;
  const fits = (row: Activity) => {
    const named = rowWindow(row, reading.pageZone);
    return named === undefined || windowsOverlap(named, window);
  };
  const own = underKey.filter((row) => !taken.has(row.key) && fits(row)).sort((a, b) => a.key.length - b.key.length);
  if (own[0]) return own[0].key;
  const used = new Set([...underKey.map((row) => row.key), ...taken]);
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}:${n}`;
  return key;
}
