import { pageLocaleFor } from '../../locale/page-locale';
import type { Crm } from '../../schema/activity';
import { needsOrder, settleDateOrder } from '../date-order';
import { foldHeader } from '../detect-columns';
import { headerLabel } from '../header-label';
import type { PreparedMapping } from '../prepare-mapping';
import { detectDealColumns } from './detect';
import { DATE_FIELDS } from './fields';
import { type DealMapping, type SavedDealMapping, withSavedDeal } from './mapping';

export interface PreparedDealMapping {
  mapping: DealMapping;
  foldedHeaders: string[];
  /** As for activities (PreparedMapping). */
  dateOrder: PreparedMapping['dateOrder'];
}

/** The mapping for a deal export from its first rows (header first), the account's saved mapping and detection. */
export function prepareDealMapping(crm: Crm, rows: string[][], saved?: SavedDealMapping): PreparedDealMapping {
  const headers = rows[0] ?? [];
  const foldedHeaders = headers.map(foldHeader);
  const detected = detectDealColumns(crm, headers);
  const stageColumns = headers.map((h, i) => detected.stageColumns[i] ?? { stage: headerLabel(h) });
  const mapping = withSavedDeal(
    foldedHeaders,
    { targets: detected.targets, stageColumns, ...(detected.lang ? { lang: detected.lang } : {}) },
    saved,
  );
  return { ...withDealDateOrder(mapping, rows.slice(1)), foldedHeaders };
}

/**
 * Settles numeric dates' order over every date column together (one file, one format): evidence
 * in the cells, then the order chosen before for this account, then the language (both assumed
 * until every date column is scanned); never guessed. Evidence in the rows seen is applied but
 * `unsettled` until the scan, as for activities (withDateOrder): later rows may show the other
 * order, and rows seen with no numeric date say nothing of later ones (`none-seen`, or assumed).
 */
export function withDealDateOrder(
  mapping: DealMapping,
  dataRows: string[][],
): { mapping: DealMapping; dateOrder: PreparedDealMapping['dateOrder'] } {
  const columns = mapping.targets.flatMap((t, i) => (DATE_FIELDS.has(t) ? [i] : []));
  const values = dataRows.flatMap((cells) => columns.map((i) => cells[i] ?? ''));
  const evidence = settleDateOrder(values);
  if (evidence === 'day-first' || evidence === 'month-first')
    return { mapping: { ...mapping, dayFirst: evidence === 'day-first' }, dateOrder: 'unsettled' };
  if (evidence === 'conflicting') return { mapping, dateOrder: 'conflicting' };
  if (columns.length === 0) return { mapping, dateOrder: 'not-needed' };
  const dayFirst = mapping.dayFirst ?? pageLocaleFor(mapping.lang ?? '').dayFirst;
  if (dayFirst === undefined) return { mapping, dateOrder: values.some(needsOrder) ? 'unsettled' : 'none-seen' };
  return { mapping: { ...mapping, dayFirst }, dateOrder: 'assumed' };
}
