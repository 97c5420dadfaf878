import { mergeStageHistory } from '../../db/stage-history';
import { recordKeyOf } from '../../keys';
import { currentStage, sortedHistory } from '../../metrics/stage-time';
import type { Crm } from '../../schema/activity';
import type { DealImportRow } from '../../schema/deal-import';
import type { Deal, StageEntry } from '../../schema/record';
import { isOlderExport } from './older-export';

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
 * The deal as it is after importing a row of a deal export. A deal read from a page, or one an
 * earlier export stored that this row shows as it was before (older-export.ts: the same older file
 * picked again), is kept as pageDealAfterExport keeps it. Otherwise the export's fields stand,
 * except those its cells could not read, which keep what an earlier import gave; contacts are kept
 * (exports list none), and a current stage the export does not date is counted from now, as a
 * first sighting is (metrics.md, Time in stage), rather than from a guessed entry.
 */
export function dealFromExport(
  row: DealImportRow,
  crm: Crm,
  tenant: string,
  stored: Deal | undefined,
  now: Date,
): Deal {
  if (stored && (!isFromExportOnly(stored) || isOlderExport(row, stored))) return pageDealAfterExport(row, stored, now);
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
    ...keptFrom(stored, row),
    ...(closed ? { closed } : {}),
    stageHistory: withSighting(merged, row.stage, now),
    contacts: stored?.contacts ?? [],
  };
}

/**
 * A deal read from a page (or stored from a newer export), after a row of a deal export. The
 * export may be older than the reading, so the stored fields, contacts and `lastReadAt` stand, and
 * the export's stage entries join the history (exact entries win over Touchline's own sightings of
 * the same stay), except:
 * - a closed status the export gives (Pipedrive's "won", Salesforce's "Closed Won") is taken when
 *   the stored deal is not closed: deals rarely reopen, so a won or lost export is the newer word;
 * - with a closed status so taken, the export's close date (the day it was won or lost, or none:
 *   see close-date.ts) replaces the stored one, which the page showed while the deal was open and
 *   so is a plan (a closed deal's time in stage stops at its close date); a won or lost row that
 *   gives no day it closed leaves none, as a page reading of the deal closed drops the stored plan;
 * - the export's current stage is taken only when its entries show the deal entered that stage
 *   after the stored latest stay began and after Touchline last saw the deal in it (or the stored
 *   deal has no stay): a stage entered before then is one the page reading already moved past.
 */
function pageDealAfterExport(row: DealImportRow, stored: Deal, now: Date): Deal {
  const moved = row.stage !== undefined && row.stage !== currentStage(stored) && enteredSinceRead(row, stored);
  const merged = mergeStageHistory({
    stored: stored.stageHistory,
    page: row.entries,
    currentStage: moved ? row.stage : stored.stage,
    now,
    newest: false,
  });
  const closed = stored.closed ?? row.closed;
  const { closeDate: shown, ...kept } = stored;
  const closeDate = stored.closed ? shown : closedNow(row, shown);
  return {
    ...kept,
    ...(moved ? { stage: row.stage } : {}),
    ...(closed ? { closed } : {}),
    ...(closeDate ? { closeDate } : {}),
    stageHistory: moved ? withSighting(merged, row.stage, now) : merged,
  };
}

/**
 * The close date of a stored open deal after the row: where the row closes it, the day it closed the
 * row gives or none (the stored one was the plan, and a won or lost deal's close date is only a day
 * it closed); else the stored one.
 */
function closedNow(row: DealImportRow, shown: string | undefined): string | undefined {
  return row.closed ? row.closeDate : shown;
}

/** True when the export dates the row's stage after the stored latest stay began and was last seen. */
function enteredSinceRead(row: DealImportRow, stored: Deal): boolean {
  const latest = sortedHistory(stored).at(-1);
  if (!latest) return true;
  const known = Math.max(Date.parse(latest.enteredAt), latest.seenUntil ? Date.parse(latest.seenUntil) : 0);
  // The earliest the export lets the entry be: `after` where the row bounds it between two dates.
  return row.entries.some((entry) => entry.stage === row.stage && Date.parse(entry.after ?? entry.enteredAt) > known);
}

/** The current stage, first seen now, when the history's latest stay is another stage (or there is none). */
function withSighting(history: StageEntry[], stage: string | undefined, now: Date): StageEntry[] {
  if (!stage || history.at(-1)?.stage === stage) return history;
  return mergeStageHistory({ stored: history, page: [], currentStage: stage, now, newest: true });
}

/**
 * What an earlier import gave for the fields this row's cells could not read (the amount with its
 * currency), except a close date given while the deal was not closed so for a row of it won or
 * lost: that was the plan (or another outcome's day), not the day it was won or lost (close-date.ts).
 */
function keptFrom(stored: Deal | undefined, { unreadable, closed }: DealImportRow): Partial<Deal> {
  if (!stored) return {};
  const kept: Partial<Deal> = {};
  if (unreadable?.includes('amount') && stored.amount !== undefined) {
    kept.amount = stored.amount;
    if (stored.currency) kept.currency = stored.currency;
  }
  const planned = closed !== undefined && stored.closed !== closed;
  if (unreadable?.includes('closeDate') && stored.closeDate && !planned) kept.closeDate = stored.closeDate;
  return kept;
}
