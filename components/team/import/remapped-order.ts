import { DATE_FIELDS, type DealTarget } from '../../../lib/csv-import/deals/fields';
import type { DealMapping } from '../../../lib/csv-import/deals/mapping';
import { withDealDateOrder } from '../../../lib/csv-import/deals/prepare';
import { isDateTarget } from '../../../lib/csv-import/done-time';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { type PreparedMapping, withDateOrder } from '../../../lib/csv-import/prepare-mapping';
import type { OrderStatus } from './use-csv-import';

type FileOrder = PreparedMapping['dateOrder'];

interface Prepared<M> {
  mapping: M;
  foldedHeaders: string[];
  dateOrder: FileOrder;
}

interface Remapped<M> {
  prepared: Prepared<M>;
  status: OrderStatus;
}

/**
 * A mapping the manager changed in the table. When the dates now come from other columns, their
 * order is checked again over the rows seen (team-view.md step 3), since the order worked out for
 * the columns read before says nothing of the new ones: so a column picked by hand is scanned at
 * import, or its order asked for, as a detected one is. The check starts from the order used for
 * this account before, as preparing the file did; an order the manager chose stays (one file, one
 * order), and only the file's own status beside it is renewed (for "From the file").
 */
function remapped<M extends { targets: readonly T[]; dayFirst?: boolean | undefined }, T>(
  before: Prepared<M>,
  mapping: M,
  status: OrderStatus,
  accountOrder: boolean | undefined,
  isDate: (target: T) => boolean,
  check: (mapping: M) => { mapping: M; order: FileOrder },
): Remapped<M> {
  const columns = (m: M) => m.targets.flatMap((t, i) => (isDate(t) ? [i] : [])).join(',');
  if (columns(mapping) === columns(before.mapping)) return { prepared: { ...before, mapping }, status };
  const { dayFirst: _fromBefore, ...rest } = mapping;
  const checked = check((accountOrder === undefined ? rest : { ...rest, dayFirst: accountOrder }) as M);
  if (status === 'settled') return { prepared: { ...before, mapping, dateOrder: checked.order }, status };
  return { prepared: { ...before, mapping: checked.mapping, dateOrder: checked.order }, status: checked.order };
}

/** An activity mapping changed by hand, its date column's order checked again if the column moved. */
export function remappedActivities(
  before: PreparedMapping,
  mapping: ColumnMapping,
  status: OrderStatus,
  accountOrder: boolean | undefined,
  dataRows: string[][],
): Remapped<ColumnMapping> {
  return remapped(before, mapping, status, accountOrder, isDateTarget, (m) => withDateOrder(m, dataRows));
}

/** A deal mapping changed by hand, its date columns' order checked again if they changed. */
export function remappedDeals(
  before: Prepared<DealMapping>,
  mapping: DealMapping,
  status: OrderStatus,
  accountOrder: boolean | undefined,
  dataRows: string[][],
): Remapped<DealMapping> {
  return remapped(
    before,
    mapping,
    status,
    accountOrder,
    (t: DealTarget) => DATE_FIELDS.has(t),
    (m) => {
      const checked = withDealDateOrder(m, dataRows);
      return { mapping: checked.mapping, order: checked.dateOrder };
    },
  );
}
