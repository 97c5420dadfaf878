import * as z from 'zod/mini';

/**
 * What a column of a deal export can hold; `closeDate` is the CRM's close date column (Pipedrive's
 * is the expected close date), `wonAt` when a won deal was won (Pipedrive's "Won time"), `closedAt`
 * when a won or lost deal closed (Pipedrive's "Deal closed on", its `close_time`), `lostAt` when a
 * lost deal was lost (Pipedrive's "Lost time", its `lost_time`), `stageEntered`
 * one of HubSpot's "Date entered <stage> (<pipeline>)" columns (one per stage), `isClosed` and
 * `isWon` a Salesforce report's "Closed" and "Won" checkboxes, `ignore` a column Touchline does not
 * read.
 */
export const DEAL_FIELDS = [
  'dealId',
  'name',
  'stage',
  'pipeline',
  'amount',
  'currency',
  'owner',
  'closeDate',
  'wonAt',
  'closedAt',
  'lostAt',
  'status',
  'createdAt',
  'stageChangedAt',
  'stageDays',
  'ageDays',
  'isClosed',
  'isWon',
  'stageEntered',
] as const;
export const dealFieldSchema = z.enum(DEAL_FIELDS);
export type DealField = z.infer<typeof dealFieldSchema>;

export const dealTargetSchema = z.union([dealFieldSchema, z.literal('ignore')]);
export type DealTarget = z.infer<typeof dealTargetSchema>;

/** Labels for the mapping table's selects (the UI is English, like the panel). */
export const DEAL_FIELD_LABELS: Record<DealTarget, string> = {
  dealId: 'Deal CRM id',
  name: 'Deal name',
  stage: 'Stage',
  pipeline: 'Pipeline',
  amount: 'Amount',
  currency: 'Currency',
  owner: 'Owner (rep)',
  closeDate: 'Close date',
  wonAt: 'Won on',
  closedAt: 'Closed on (won or lost)',
  lostAt: 'Lost on',
  status: 'Open, won or lost',
  createdAt: 'Created on',
  stageChangedAt: 'Last stage change',
  stageDays: 'Days in stage',
  ageDays: 'Age in days',
  isClosed: 'Closed (checkbox)',
  isWon: 'Won (checkbox)',
  stageEntered: 'Date entered a stage',
  ignore: 'Not imported',
};

/** The columns whose cells are dates (their order settles numeric dates together). */
export const DATE_FIELDS: ReadonlySet<DealTarget> = new Set([
  'closeDate',
  'wonAt',
  'closedAt',
  'lostAt',
  'createdAt',
  'stageChangedAt',
  'stageEntered',
]);
