import type { PageClock } from '../../../lib/adapters/types';
import { scanDateOrder } from '../../../lib/csv-import/date-order-scan';
import { afterScan, type DateOrderStatus, needsScan, orderReady } from '../../../lib/csv-import/date-order-status';
import { exportKind, likelyDealCrm } from '../../../lib/csv-import/deals/detect';
import { DATE_FIELDS } from '../../../lib/csv-import/deals/fields';
import { type DealMapping, dealMappingProblem } from '../../../lib/csv-import/deals/mapping';
import { runDealImport } from '../../../lib/csv-import/deals/run-deal-import';
import { likelyCrm } from '../../../lib/csv-import/detect-crm';
import type { CsvSource } from '../../../lib/csv-import/parse-csv';
import { emptyReport, errorText, type ImportReport } from '../../../lib/csv-import/report';
import type { Crm } from '../../../lib/schema/activity';
import type { ImportEnvironment, OrderStatus, Phase } from './use-csv-import';

export type ExportKind = 'activities' | 'deals';

/**
 * What a chosen file is, from its header: a deal export of the CRM whose deal columns it has
 * (else of the chosen CRM), or an activity export, with the CRM its activity columns point to.
 */
export function fileKind(headers: readonly string[], chosen: Crm): { kind: ExportKind; crm: Crm | undefined } {
  const dealCrm = likelyDealCrm(headers);
  if (dealCrm && exportKind(dealCrm, headers) === 'deals') return { kind: 'deals', crm: dealCrm };
  if (exportKind(chosen, headers) === 'deals') return { kind: 'deals', crm: undefined };
  return { kind: 'activities', crm: likelyCrm(headers) };
}

/** Nothing to ask for a deal export: its id and stage columns found, numeric dates' order known (or none seen). */
export function dealsReady(mapping: DealMapping, status: OrderStatus): boolean {
  return orderReady(mapping.dayFirst, status) && !dealMappingProblem(mapping);
}

/**
 * The mapping with numeric dates' order known, scanning every date column if need be (in one
 * pass); undefined to ask. `onScanned` is told the form's status after a scan: what it settled,
 * or why the user must choose.
 */
export async function settledDealMapping(
  mapping: DealMapping,
  status: OrderStatus,
  file: CsvSource,
  signal: AbortSignal,
  setPhase: (phase: Phase) => void,
  onScanned?: (status: DateOrderStatus) => void,
): Promise<DealMapping | undefined> {
  if (status === 'settled' || status === 'not-needed') return mapping;
  if (!needsScan(status)) return mapping.dayFirst === undefined ? undefined : mapping;
  setPhase('scanning');
  const columns = mapping.targets.flatMap((target, i) => (DATE_FIELDS.has(target) ? [i] : []));
  const order = await scanDateOrder(file, columns, signal);
  if (signal.aborted) return undefined;
  const after = afterScan(mapping, status, order);
  onScanned?.(after.status);
  return after.mapping;
}

export async function importDealFile(
  env: ImportEnvironment,
  job: CsvSource & { crm: Crm; tenant: string; mapping: DealMapping },
  signal: AbortSignal,
  onProgress: (progress: number) => void,
): Promise<ImportReport> {
  const clock: PageClock = { now: env.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  try {
    return await runDealImport({ ...job, db: await env.openDb(), clock, signal, onProgress });
  } catch (error) {
    return { ...emptyReport(), error: errorText(error) };
  }
}
