import type { ScannedOrder } from './date-order-scan';
import type { PreparedMapping } from './prepare-mapping';

/**
 * Why the user must choose the order once the whole file was scanned: no numeric date in it shows
 * the order (`asked`), or its dates show both orders (`asked-mixed`), which the first rows did not.
 */
export type AskedOrder = 'asked' | 'asked-mixed';

/**
 * Where numeric dates' order stands on the import form: the file's status, `scanned` once the
 * whole file's dates settled it (the order the import read them in), or why the user must choose.
 */
export type DateOrderStatus = PreparedMapping['dateOrder'] | 'scanned' | AskedOrder;

/**
 * Whether the order leaves nothing to ask before the import starts: an order in the mapping,
 * chosen, none needed, or no numeric date seen (the whole file is scanned then, and the user
 * asked if it must be).
 */
export function orderReady(dayFirst: boolean | undefined, status: DateOrderStatus): boolean {
  return dayFirst !== undefined || status === 'settled' || status === 'not-needed' || status === 'none-seen';
}

/** Whether the whole file must be scanned for the order: the rows seen did not settle it. */
export function needsScan(status: DateOrderStatus): boolean {
  return status === 'unsettled' || status === 'assumed' || status === 'none-seen';
}

/** What the scan of the whole file leaves: the mapping to import with and the form's status, or why to ask. */
export type AfterScan<M> = { mapping: M; status: DateOrderStatus } | { mapping?: undefined; status: AskedOrder };

/**
 * The mapping once the whole file's date columns are scanned: their evidence (`scanned`), else
 * (no numeric date to order) the mapping as it is, else, when no date shows the order, the assumed
 * one, whose misfits the import reports. No mapping when the user must choose: no order shown and
 * none assumed (`asked`), or both orders shown (`asked-mixed`), also over an assumed order, since
 * the file's own evidence wins over the account's earlier export or the headers' language
 * (team-view.md step 3) and a file mixing orders is imported in the order the user chooses.
 */
export function afterScan<M extends { dayFirst?: boolean | undefined }>(
  mapping: M,
  status: DateOrderStatus,
  scanned: ScannedOrder,
): AfterScan<M> {
  if (scanned === 'day-first' || scanned === 'month-first') {
    return { mapping: { ...mapping, dayFirst: scanned === 'day-first' }, status: 'scanned' };
  }
  if (scanned === 'not-needed') return { mapping, status: 'not-needed' };
  if (scanned === 'unsettled' && status === 'assumed') return { mapping, status };
  return { status: scanned === 'conflicting' ? 'asked-mixed' : 'asked' };
}
