import { byWarning, type DealRow } from '../../lib/team/deal-row';
import { noVerdict } from './deal-row-words';

export type DealSortKey = 'warning' | 'name' | 'stage' | 'days' | 'since' | 'contacts' | 'amount';
export type SortDirection = 'ascending' | 'descending';

const compare = (a: string | number | null | undefined, b: string | number | null | undefined): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
};

const KEYS: Record<
  Exclude<DealSortKey, 'warning' | 'amount' | 'stage'>,
  (row: DealRow) => string | number | null | undefined
> = {
  name: (r) => r.name,
  days: (r) => r.daysInStage,
  // No touch kept is longer ago than any day count: a deal nobody touched heads "longest since".
  // Touches without a readable date are of unknown age, and a deal whose contacts are not known, or
  // whose page showed its timeline filtered or folded, may have been touched: unknown, not longest.
  since: (r) =>
    r.daysSinceTouch ??
    (r.undatedTouches || r.contactsWorked === null || r.timelineReadInPart ? null : Number.POSITIVE_INFINITY),
  contacts: (r) => r.contactsWorked,
};

/** The Warning column's own check (noVerdict), so a deal it words as no verdict never sorts among "on track". */
const hasNoVerdict = (row: DealRow): boolean => noVerdict(row) !== undefined;

/**
 * Stages in their pipeline's order (stagePlace), ties (the same place in two pipelines) by name;
 * a stage whose pipeline's order is not known after those, by name; no stage last. The groups
 * keep their order in both directions, so a stage with no order never sits between two ordered ones.
 */
function byStage(sign: number): (a: DealRow, b: DealRow) => number {
  const group = (r: DealRow) => (r.stage === undefined ? 2 : r.stagePlace === undefined ? 1 : 0);
  return (a, b) =>
    group(a) - group(b) || sign * ((a.stagePlace ?? 0) - (b.stagePlace ?? 0) || compare(a.stage, b.stage));
}

/**
 * The currency's place among the amounts: its code, A to Z in both directions; an amount whose
 * currency the page did not show after every currency; an amount not read last.
 */
const currencyOrder = (row: DealRow): [group: number, code: string] =>
  row.amount === undefined ? [2, ''] : row.currency === undefined ? [1, ''] : [0, row.currency];

/**
 * Amounts by currency, then by amount in the direction chosen: €500 and $600 are no two sizes of
 * one thing (no exchange rate is known), so no euro amount sits among the dollar amounts as if
 * smaller or larger. The currencies keep their order (A to Z) in both directions, so the largest
 * deals of each currency head it when sorting down.
 */
function byCurrencyThenAmount(sign: number): (a: DealRow, b: DealRow) => number {
  return (a, b) => {
    const [groupA, codeA] = currencyOrder(a);
    const [groupB, codeB] = currencyOrder(b);
    if (groupA !== groupB) return groupA - groupB;
    if (codeA !== codeB) return codeA < codeB ? -1 : 1;
    return a.amount === undefined || b.amount === undefined ? 0 : sign * (a.amount - b.amount);
  };
}

/**
 * Deals sorted by a column; unknown values last in both directions, except a deal with no touch,
 * which is the longest since one (a deal whose only touches have no readable date is unknown). `warning` is stalled, watch, then the rest, and a deal with no verdict last.
 * `amount` is by currency first (byCurrencyThenAmount), `stage` in pipeline order (byStage).
 */
export function sortDeals(rows: readonly DealRow[], key: DealSortKey, direction: SortDirection): DealRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  if (key === 'warning')
    return [...rows].sort((a, b) => Number(hasNoVerdict(a)) - Number(hasNoVerdict(b)) || sign * byWarning(a, b));
  if (key === 'amount') return [...rows].sort(byCurrencyThenAmount(sign));
  if (key === 'stage') return [...rows].sort(byStage(sign));
  const of = KEYS[key];
  return [...rows].sort((a, b) => {
    const [x, y] = [of(a), of(b)];
    if (x === null || x === undefined || y === null || y === undefined) return compare(x, y);
    return sign * compare(x, y);
  });
}
