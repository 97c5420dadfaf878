import { byWarning, type DealRow, overTypical } from '../../lib/team/deal-row';

export type DealSortKey = 'warning' | 'name' | 'stage' | 'days' | 'since' | 'contacts' | 'amount';
export type SortDirection = 'ascending' | 'descending';

const compare = (a: string | number | null | undefined, b: string | number | null | undefined): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
};

const KEYS: Record<Exclude<DealSortKey, 'warning'>, (row: DealRow) => string | number | null | undefined> = {
  name: (r) => r.name,
  stage: (r) => r.stage,
  days: (r) => r.daysInStage,
  // No touch kept is longer ago than any day count: a deal nobody touched heads "longest since".
  // Touches without a readable date are of unknown age, and a deal whose contacts are not known
  // may have been touched: unknown, not longest.
  since: (r) => r.daysSinceTouch ?? (r.undatedTouches || r.contactsWorked === null ? null : Number.POSITIVE_INFINITY),
  contacts: (r) => r.contactsWorked,
  amount: (r) => r.amount,
};

/** A deal without a warning whose time in stage or typical time is unknown: no verdict at all. */
const noVerdict = (row: DealRow): boolean => row.warning === 'none' && overTypical(row) === null;

/**
 * Deals sorted by a column; unknown values last in both directions, except a deal with no touch,
 * which is the longest since one (a deal whose only touches have no readable date is unknown). `warning` is stalled, watch, then the rest, and a deal with no verdict last.
 */
export function sortDeals(rows: readonly DealRow[], key: DealSortKey, direction: SortDirection): DealRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  if (key === 'warning')
    return [...rows].sort((a, b) => Number(noVerdict(a)) - Number(noVerdict(b)) || sign * byWarning(a, b));
  const of = KEYS[key];
  return [...rows].sort((a, b) => {
    const [x, y] = [of(a), of(b)];
    if (x === null || x === undefined || y === null || y === undefined) return compare(x, y);
    return sign * compare(x, y);
  });
}
