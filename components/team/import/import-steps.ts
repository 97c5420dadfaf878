import type { PageClock } from '../../../lib/adapters/types';
import { scanDateOrder } from '../../../lib/csv-import/date-order-scan';
import { afterScan, type DateOrderStatus, needsScan, orderReady } from '../../../lib/csv-import/date-order-status';
import { dateColumnsOf } from '../../../lib/csv-import/done-time';
import { type ColumnMapping, mappingProblem } from '../../../lib/csv-import/mapping';
import type { CsvSource } from '../../../lib/csv-import/parse-csv';
import type { PreparedMapping } from '../../../lib/csv-import/prepare-mapping';
import { emptyReport, errorText, type ImportReport } from '../../../lib/csv-import/report';
import { runImport } from '../../../lib/csv-import/run-import';
import { retentionCutoff as cutoff } from '../../../lib/db/retention-rule';
import type { Crm } from '../../../lib/schema/activity';
import { loadSettings } from '../../../lib/settings/storage';
import type { ImportEnvironment, OrderStatus, Phase } from './use-csv-import';

/**
 * Nothing to ask: every needed column recognised and numeric dates' order settled, or no
 * numeric date seen (the whole column is scanned at import, which asks if it must). The user
 * still sees the mapping and preview beside the report, and may correct and import again.
 */
export function readyToImport(prepared: PreparedMapping, status: OrderStatus): boolean {
  return orderReady(prepared.mapping.dayFirst, status) && !mappingProblem(prepared.mapping);
}

/**
 * The mapping with numeric dates' order known, scanning the whole file if need be (also over an
 * assumed order: the column's evidence wins); undefined to ask the user. `onScanned` is told the
 * form's status after a scan: what it settled, or why the user must choose.
 */
export async function settledMapping(
  prepared: PreparedMapping,
  status: OrderStatus,
  file: CsvSource,
  signal: AbortSignal,
  setPhase: (phase: Phase) => void,
  onScanned?: (status: DateOrderStatus) => void,
): Promise<ColumnMapping | undefined> {
  const { mapping } = prepared;
  if (status === 'settled' || status === 'not-needed') return mapping;
  if (!needsScan(status)) return mapping.dayFirst === undefined ? undefined : mapping;
  setPhase('scanning');
  const order = await scanDateOrder(file, dateColumnsOf(mapping.targets), signal);
  if (signal.aborted) return undefined;
  const after = afterScan(mapping, status, order);
  onScanned?.(after.status);
  return after.mapping;
}

export async function importFile(
  env: ImportEnvironment,
  job: CsvSource & { crm: Crm; tenant: string; mapping: ColumnMapping },
  signal: AbortSignal,
  onProgress: (progress: number) => void,
): Promise<ImportReport> {
  const clock: PageClock = { now: env.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  try {
    // decisions.md: retention applies on import too; older activities are not stored again.
    const retentionCutoff = cutoff(clock.now, (await loadSettings()).retentionDays);
    return await runImport({ ...job, db: await env.openDb(), clock, signal, onProgress, retentionCutoff });
  } catch (error) {
    return { ...emptyReport(), error: errorText(error) };
  }
}
