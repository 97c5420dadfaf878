import type { ScannedOrder } from './date-order-scan';
import type { PreparedMapping } from './prepare-mapping';

/**
 * Why the user must choose the order once the whole file was scanned: no numeric date in it shows
 * the order (`asked`), or its dates show both orders (`asked-mixed`), which the first rows did not.
 */
export type AskedOrder = 'asked' | 'asked-mixed';

/** Where numeric dates' order stands on the import form: the file's status, or why the user must choose. */
export type DateOrderStatus = PreparedMapping['dateOrder'] | AskedOrder;

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

/**
 * The mapping once the whole file's date columns are scanned: their evidence, else (no numeric
 * date to order) the mapping as it is, else the assumed order, whose misfits the import reports;
 * undefined to ask the user (no order shown, or both, and none assumed).
 */
export function afterScan<M extends { dayFirst?: boolean | undefined }>(
  mapping: M,
  status: DateOrderStatus,
  scanned: ScannedOrder,
): M | undefined {
  if (scanned === 'day-first' || scanned === 'month-first') return { ...mapping, dayFirst: scanned === 'day-first' };
  if (scanned === 'not-needed') return mapping;
  return status === 'assumed' ? mapping : undefined;
}

/** What the form says when the whole file's scan leaves the order to the user: what the scan found. */
export function askedAfterScan(scanned: ScannedOrder): AskedOrder {
  return scanned === 'conflicting' ? 'asked-mixed' : 'asked';
}
