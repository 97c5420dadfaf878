import type { Activity } from '../schema/activity';
import { samePageItem } from './same-day-row';
import { rowPrintedDay } from './time-precision';

interface Pair {
  item: Activity;
  row: Activity;
}

/**
 * The stored undated rows this reading's dated items are later sightings of (an item whose
 * "03/04/2026" the first reading could not order, dated once the page settles it): key the item,
 * value the row, which the item's row replaces rather than standing beside it. A row is an item's
 * only when it is the same page item (samePageItem), the page no longer shows it undated (its key
 * is none of this reading's), its printed date is the item's day read one way round or the other
 * (printedDateFits), and no other pair shares its item or its row: where two rows fit one item,
 * or two items one row, which is which is unknowable and nothing is merged. A row whose text
 * names no numeric date stays as it is: "Call" with no date and a dated "Call" may well be two
 * calls, and a wrong merge would lose a touch, where two rows of one touch only show it once more
 * as undated.
 */
export function undatedSightings(
  incoming: readonly Activity[],
  ownerRows: readonly Activity[],
  pageKey: string,
  pageTimeZone: string,
): Map<Activity, Activity> {
  const shown = new Set(incoming.map((item) => item.key));
  const undated = ownerRows.filter((row) => row.timestamp === undefined && !shown.has(row.key));
  if (undated.length === 0) return new Map();
  const pairs: Pair[] = [];
  for (const item of incoming) {
    if (item.sourceId || item.timestamp === undefined) continue;
    const day = rowPrintedDay({ ...item, timestamp: item.timestamp }, pageTimeZone);
    for (const row of undated) {
      if (samePageItem(row, item, pageKey) && printedDateFits(row.dateText, day)) pairs.push({ item, row });
    }
  }
  const alone = (pair: Pair) =>
    pairs.every((other) => other === pair || (other.item !== pair.item && other.row !== pair.row));
  return new Map(pairs.filter(alone).map((pair) => [pair.item, pair.row]));
}

/** Numeric dates in a date text: day and month in either order, the year (two or four digits) if printed. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)/g;
const YEAR_FIRST_DATE = /(?<!\d)(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/g;

/**
 * Whether an undated row's date text is `day` (YYYY-MM-DD as printed) read one way round or the
 * other (the order the reader could not settle), its year too when printed.
 */
function printedDateFits(dateText: string | undefined, day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const yearFits = (printed: string | undefined) =>
    printed === undefined || Number(printed) === (printed.length === 2 ? year % 100 : year);
  const text = dateText ?? '';
  const numeric = [...text.matchAll(NUMERIC_DATE)].map((m) => ({ a: Number(m[1]), b: Number(m[3]), year: m[4] }));
  const yearFirst = [...text.matchAll(YEAR_FIRST_DATE)].map((m) => ({ a: Number(m[3]), b: Number(m[4]), year: m[1] }));
  const dates = yearFirst.length > 0 ? yearFirst : numeric;
  return dates.some(
    ({ a, b, year: printed }) => yearFits(printed) && ((a === date && b === month) || (a === month && b === date)),
  );
}
