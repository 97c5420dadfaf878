import type { Crm } from '../../schema/activity';
import type { DealImportRow } from '../../schema/deal-import';
import type { DealCells } from './cells';
import type { ReadDate } from './stage-entries';

/**
 * Exports whose close date column holds the expected close date whatever the deal's status:
 * Pipedrive's "Expected close date" stays the plan after the deal is won or lost ("Won time",
 * "Lost time" and "Deal closed on" are their own columns). HubSpot's and Salesforce's exports have
 * one "Close Date", which is a closed deal's close.
 */
const PLANNED_CLOSE_DATE: ReadonlySet<Crm> = new Set(['pipedrive']);

/** A row's close date (a timestamp), whether its cell could not be read, and what the report says it went without. */
export interface RowCloseDate {
  at?: string;
  unreadable: boolean;
  left?: string;
}

/**
 * The close date a closed deal's time in stage stops at (metrics/closed-stage-time.ts), read as
 * the page readers read it (adapters/pipedrive/close-date.ts): a won deal's is the day it was won
 * (the `wonAt` column, else the `closedAt` one), a lost deal's the day it was lost (`lostAt`,
 * Pipedrive's "Lost time", else `closedAt`, "Deal closed on"), else, where the export has one close
 * date column for every status, that column's; a closed Pipedrive deal whose row gives only its
 * expected close date gets none, nothing guessed, and the report says why. An open deal's is its
 * close date column (the expected close).
 */
export function rowCloseDate(
  crm: Crm,
  single: DealCells['single'],
  closed: DealImportRow['closed'],
  readDate: ReadDate,
): RowCloseDate {
  const text = closedText(crm, single, closed);
  if (!text) {
    if (!closed || !single.closeDate) return { unreadable: false };
    return {
      unreadable: false,
      left: `the close date (the deal is ${closed} and the row gives only its expected close date, not when it was ${closed})`,
    };
  }
  const read = readDate(text);
  if (typeof read === 'string') return { at: read, unreadable: false };
  return { unreadable: true, left: `the close date (${read.reason})` };
}

/** The cell a row's close date is read from, by its status. */
function closedText(crm: Crm, single: DealCells['single'], closed: DealImportRow['closed']): string | undefined {
  if (!closed) return single.closeDate;
  const closedOn = closed === 'won' ? single.wonAt : single.lostAt;
  return closedOn ?? single.closedAt ?? (PLANNED_CLOSE_DATE.has(crm) ? undefined : single.closeDate);
}
