import type { Activity } from '../schema/activity';
import { coarseDateFits } from './coarse-row';
import { onlyPairs, type Sighting } from './only-pairs';
import { printedDateFits } from './printed-date-fits';
import { samePageItem } from './same-day-row';
import { rowPrintedDay } from './time-precision';

/**
 * The stored undated rows this reading's dated items are later sightings of (an item whose
 * "03/04/2026" the first reading could not order, dated once the page settles it): key the item,
 * value the row, which the item's row replaces rather than standing beside it. A row is an item's
 * only when it is the same page item (samePageItem), the page no longer shows it undated (its key
 * is none of this reading's), its printed date is the item's day read one way round or the other
 * (printedDateFits) or a day its count naming no day ("2 weeks ago") could mean when it was read
 * (coarseDateFits), and no other pair shares its item or its row (onlyPairs). A row whose text
 * names no date stays as it is: "Call" with no date and a dated "Call" may well be two calls, and
 * a wrong merge would lose a touch, where two rows of one touch only show it once more as
 * undated.
 */
export function undatedSightings(
  incoming: readonly Activity[],
  ownerRows: readonly Activity[],
  pageKey: string,
  pageTimeZone: string,
  /** The day from which the reading shows the timeline whole, if any (save-batch.ts wholeFrom): a count's days pair only there. */
  wholeFrom: string | undefined,
): Map<Activity, Activity> {
  const shown = new Set(incoming.map((item) => item.key));
  const undated = ownerRows.filter((row) => row.timestamp === undefined && !shown.has(row.key));
  if (undated.length === 0) return new Map();
  const pairs: Sighting[] = [];
  for (const item of incoming) {
    if (item.sourceId || item.timestamp === undefined) continue;
    const day = rowPrintedDay({ ...item, timestamp: item.timestamp }, pageTimeZone);
    for (const row of undated) {
      if (samePageItem(row, item, pageKey) && fits(row, day, pageTimeZone, wholeFrom)) pairs.push({ item, row });
    }
  }
  return onlyPairs(pairs);
}

/** The row's printed date read either way round, or a day its count naming no day could mean when read. */
function fits(row: Activity, day: string, pageTimeZone: string, wholeFrom: string | undefined): boolean {
  return (
    printedDateFits(row.dateText, day) || (wholeFrom !== undefined && coarseDateFits(row, day, pageTimeZone, wholeFrom))
  );
}
