import { mergeStageHistory } from '../../db/stage-history';
import { recordKeyOf } from '../../keys';
import type { Crm } from '../../schema/activity';
import type { DealImportRow } from '../../schema/deal-import';
import type { Deal, StageEntry } from '../../schema/record';

/**
 * `lastReadAt` of a deal only an export brought: the schema requires the field, and the epoch is
 * older than any reading, so the first page reading of the deal is the newest and its fields win
 * (lib/db/page-records.ts), and a backup's copy read from a page replaces it.
 */
export const NOT_READ_FROM_A_PAGE = '1970-01-01T00:00:00.000Z';

export function isFromExportOnly(deal: Pick<Deal, 'lastReadAt'>): boolean {
  return Date.parse(deal.lastReadAt) === Date.parse(NOT_READ_FROM_A_PAGE);
}

/**
 * The deal as it is after importing a row of a deal export. A deal read from a page keeps its
 * fields, contacts and `lastReadAt` and gains the export's stage entries (exact entries win over
 * Touchline's own sightings of the same stay). Otherwise the export's fields stand, except those
 * its cells could not read, which keep what an earlier import gave; contacts are kept (exports list
 * none), and a current stage the export does not date is counted from now, as a first sighting is
 * (metrics.md, Time in stage), rather than from a guessed entry.
 */
export function dealFromExport(
  row: DealImportRow,
  crm: Crm,
  tenant: string,
  stored: Deal | undefined,
  now: Date,
): Deal {
  if (stored && !isFromExportOnly(stored)) {
    const stageHistory = mergeStageHistory({
      stored: stored.stageHistory,
      page: row.entries,
      currentStage: stored.stage,
      now,
      newest: false,
    });
    return { ...stored, stageHistory };
  }
  const { id, entries, closed, unreadable, ...fields } = row;
  const merged = mergeStageHistory({
    stored: stored?.stageHistory ?? [],
    page: entries,
    currentStage: row.stage,
    now,
    newest: false,
  });
  return {
    key: recordKeyOf(crm, tenant, 'deal', id),
    crm,
    tenant,
    kind: 'deal',
    recordId: id,
    lastReadAt: NOT_READ_FROM_A_PAGE,
    ...fields,
    ...keptFrom(stored, unreadable),
    ...(closed ? { closed } : {}),
    stageHistory: withSighting(merged, row.stage, now),
    contacts: stored?.contacts ?? [],
  };
}

/** The current stage, first seen now, when the history's latest stay is another stage (or there is none). */
function withSighting(history: StageEntry[], stage: string | undefined, now: Date): StageEntry[] {
  if (!stage || history.at(-1)?.stage === stage) return history;
  return mergeStageHistory({ stored: history, page: [], currentStage: stage, now, newest: true });
}

/** What an earlier import gave for the fields this row's cells could not read (the amount with its currency). */
function keptFrom(stored: Deal | undefined, unreadable: DealImportRow['unreadable']): Partial<Deal> {
  if (!stored) return {};
  const kept: Partial<Deal> = {};
  if (unreadable?.includes('amount') && stored.amount !== undefined) {
    kept.amount = stored.amount;
    if (stored.currency) kept.currency = stored.currency;
  }
  if (unreadable?.includes('closeDate') && stored.closeDate) kept.closeDate = stored.closeDate;
  return kept;
}
