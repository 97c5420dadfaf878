import { pageLocaleFor } from '../locale/page-locale';
import type { Crm } from '../schema/activity';
import { type ColumnOrder, needsOrder, settleDateOrder } from './date-order';
import { detectColumns, foldHeader } from './detect-columns';
import { dateColumnsOf } from './done-time';
import { type ColumnMapping, type SavedMapping, withSaved } from './mapping';

export interface PreparedMapping {
  mapping: ColumnMapping;
  foldedHeaders: string[];
  /**
   * Whether numeric dates' order is known: `settled` (by the user), `assumed` (the order chosen
   * before for this account, or the language's, until the whole column is scanned: the column's
   * own evidence wins), `not-needed` (no date column), `conflicting` (the rows seen show both
   * orders); `unsettled` means the whole column must be scanned, and the user asked if it shows no
   * order or both. The order the rows seen show is only the column's first evidence
   * (`mapping.dayFirst`, status `unsettled`): a later row may show the other. `none-seen`: no date
   * in the rows seen is numeric and nothing else gives an order; the rows further down may hold
   * some, so the whole column is scanned too, and the user asked only if it holds numeric dates
   * and shows no order or both (date-order-scan.ts `not-needed`: none to order).
   */
  dateOrder: 'settled' | 'assumed' | 'not-needed' | 'none-seen' | Exclude<ColumnOrder, 'day-first' | 'month-first'>;
}

/** The mapping for a file from its first rows (header first), the account's saved mapping and detection. */
export function prepareMapping(crm: Crm, rows: string[][], saved?: SavedMapping): PreparedMapping {
  const headers = rows[0] ?? [];
  const foldedHeaders = headers.map(foldHeader);
  const detected = detectColumns(crm, headers);
  const mapping = withSaved(
    foldedHeaders,
    {
      targets: detected.targets,
      ...(detected.lang ? { lang: detected.lang } : {}),
      ...(detected.impliedType ? { impliedType: detected.impliedType } : {}),
      ...(detected.oneKind ? { oneKind: detected.oneKind } : {}),
      ...(detected.perType ? { perType: detected.perType } : {}),
    },
    saved,
  );
  const settled = withDateOrder(mapping, rows.slice(1));
  return { mapping: settled.mapping, foldedHeaders, dateOrder: settled.order };
}

/**
 * Settles the order of numeric dates, never per row: evidence in the column wins (a day above
 * 12), then the order chosen before for this account, then the file's language (German prints
 * day first), both only assumed until the whole column is scanned (a UK export after a US one
 * must not read 05/11 as May); English alone settles nothing (US and UK exports share it).
 * Evidence in the rows seen is not the whole column's either (team-view.md step 3): it is
 * applied, but `unsettled` until the scan, so a file mixing orders further down asks the user.
 * Rows seen with no numeric date say nothing of the rows further down (an export listing its
 * undated or year-first rows first): the order is assumed or left to the scan as for ambiguous ones.
 */
export function withDateOrder(
  mapping: ColumnMapping,
  dataRows: string[][],
): { mapping: ColumnMapping; order: PreparedMapping['dateOrder'] } {
  const column = mapping.targets.indexOf('date');
  const values = dateColumnsOf(mapping.targets).flatMap((at) => dataRows.map((cells) => cells[at] ?? ''));
  const evidence = settleDateOrder(values);
  if (evidence === 'day-first' || evidence === 'month-first') {
    return { mapping: { ...mapping, dayFirst: evidence === 'day-first' }, order: 'unsettled' };
  }
  if (evidence === 'conflicting') return { mapping, order: 'conflicting' };
  if (column < 0) return { mapping, order: 'not-needed' };
  const byLanguage = pageLocaleFor(mapping.lang ?? '').dayFirst;
  const dayFirst = mapping.dayFirst ?? byLanguage;
  if (dayFirst === undefined) return { mapping, order: values.some(needsOrder) ? 'unsettled' : 'none-seen' };
  return { mapping: { ...mapping, dayFirst }, order: 'assumed' };
}
