import type { Activity } from '../schema/activity';
import { countFits } from './coarse-row';
import { onlyPairs, type Sighting } from './only-pairs';
import { printedDateFits } from './printed-date-fits';
import { samePageItem } from './same-day-row';
import { rowPrintedDay } from './time-precision';

/**
 * The stored dated rows this reading's undated items are other sightings of (a call stored with
 * its date, which the page now prints as "11/04/2026", an order it does not settle): key the item,
 * value the row, which takes the sighting rather than an undated row standing beside it (the
 * panel's "1 undated" beside the dated call). As conservative as undatedSightings, the other way
 * round: a row is an item's only when it is the same page item (samePageItem), no item of this
 * reading shows or took it (`taken`), the item's date text is the row's printed day read one way
 * round or the other (printedDateFits), and no other pair shares its item or its row (onlyPairs;
 * `items` are all of the reading's undated items, those stored under their own key too), or a
 * count naming no day ("2 weeks ago") could mean the row's day on a reading that shows all of those
 * days (countFits). An item whose text names no date ("Call" alone) stays its own row: it may well
 * be another call.
 */
export function datedSightings(
  items: readonly Activity[],
  ownerRows: readonly Activity[],
  pageKey: string,
  pageTimeZone: string,
  taken: ReadonlySet<string>,
  /** When read, and from which day the reading shows the timeline whole: a count's days pair there (countFits). */
  reading: { now: Date; wholeFrom: string | undefined },
): Map<Activity, Activity> {
  const counted = { ...reading, pageZone: pageTimeZone };
  const dated = ownerRows.filter((row) => row.timestamp !== undefined && !taken.has(row.key));
  const pairs: Sighting[] = [];
  for (const item of items) {
    if (item.sourceId || item.timestamp !== undefined) continue;
    for (const row of dated) {
      const day = rowPrintedDay({ ...row, timestamp: row.timestamp as string }, pageTimeZone);
      const fits = printedDateFits(item.dateText, day) || countFits(item.dateText, day, counted);
      if (samePageItem(row, item, pageKey) && fits) pairs.push({ item, row });
    }
  }
  return onlyPairs(pairs);
}
