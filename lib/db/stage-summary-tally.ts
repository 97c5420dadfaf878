import type { Deal } from '../schema/record';
import { contributionsOf, type StageContribution } from './stage-summary-contribution';
import { pipelineKeyOf, type StageSummary, stageSummaryKey } from './stage-summary-schema';

export type PipelineRef = Pick<Deal, 'crm' | 'tenant' | 'pipeline'>;

/** Summaries by key, changed in place as contributions are added or taken away. */
export type SummaryRows = Map<string, StageSummary>;

/**
 * Adds (`sign` 1) or takes away (-1) one deal's contribution to one stage. Returns false when
 * taking away finds less than the contribution (the row was written without going through
 * putDeal): the caller then rebuilds the pipeline from its deals rather than keep a wrong sum.
 */
export function addContribution(
  rows: SummaryRows,
  ref: PipelineRef,
  timeZone: string,
  contribution: StageContribution,
  sign: 1 | -1,
): boolean {
  const key = stageSummaryKey(ref, contribution.stage);
  const row = rows.get(key) ?? emptySummary(ref, contribution.stage, timeZone);
  const next: StageSummary = {
    ...row,
    entered: row.entered + sign,
    won: row.won + (contribution.won ? sign : 0),
    later: counted(row.later, contribution.later, sign),
    days: counted(row.days, contribution.days === undefined ? undefined : String(contribution.days), sign),
    reached: contribution.reached.reduce((histogram, stage) => counted(histogram, stage, sign), row.reached),
    beganLate: row.beganLate + (contribution.beganLate ? sign : 0),
    closedWon: row.closedWon + (contribution.closed === 'won' ? sign : 0),
    closedLost: row.closedLost + (contribution.closed === 'lost' ? sign : 0),
  };
  if (!consistent(next)) return false;
  rows.set(key, next);
  return true;
}

/** Every stage summary the deals add up to, days counted in `timeZone`. */
export function buildStageSummaries(deals: readonly Deal[], timeZone: string): StageSummary[] {
  const rows: SummaryRows = new Map();
  for (const deal of deals) {
    for (const contribution of contributionsOf(deal, timeZone)) addContribution(rows, deal, timeZone, contribution, 1);
  }
  return [...rows.values()];
}

/** A row no deal contributes to any more is deleted, not kept at zero. */
export function isEmptySummary(row: StageSummary): boolean {
  return row.entered === 0;
}

function emptySummary(ref: PipelineRef, stage: string, timeZone: string): StageSummary {
  return {
    key: stageSummaryKey(ref, stage),
    pipelineKey: pipelineKeyOf(ref),
    crm: ref.crm,
    tenant: ref.tenant,
    ...(ref.pipeline === undefined ? {} : { pipeline: ref.pipeline }),
    stage,
    timeZone,
    entered: 0,
    won: 0,
    later: {},
    days: {},
    reached: {},
    beganLate: 0,
    closedWon: 0,
    closedLost: 0,
  };
}

/** The histogram with one more (or one fewer) at `bucket`; a bucket that reaches zero is dropped. */
function counted(histogram: Record<string, number>, bucket: string | undefined, sign: 1 | -1): Record<string, number> {
  if (bucket === undefined) return histogram;
  const next = { ...histogram, [bucket]: (histogram[bucket] ?? 0) + sign };
  if (next[bucket] === 0) delete next[bucket];
  return next;
}

/**
 * Every deal that entered is either won or has a `later` entry, has at most one sample, reached
 * each other stage at most once, began its history here at most once and closed here at most once.
 */
function consistent(row: StageSummary): boolean {
  const later = Object.values(row.later);
  const days = Object.values(row.days);
  const reached = Object.values(row.reached);
  const counts = [row.entered, row.won, row.beganLate, row.closedWon, row.closedLost, ...later, ...days, ...reached];
  if (!counts.every((n) => n >= 0)) return false;
  return (
    row.won + sum(later) === row.entered &&
    sum(days) <= row.entered &&
    reached.every((n) => n <= row.entered) &&
    row.beganLate <= row.entered &&
    row.closedWon + row.closedLost <= row.entered
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, n) => total + n, 0);
}
