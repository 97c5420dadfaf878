import type { StageSummary } from '../db/stage-summary-schema';
import { browserTimeZone } from '../db/time-precision';
import type { Deal, StageEntry } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { DealView } from '../schema/view-model';
import { closeOfOpenStage } from './closed-in-open-stage';
import { withPrintedStageDays } from './printed-stage-days';
import { sortedHistory, visitDays } from './stage-time';

/** Deals that must have left a stage before their median replaces the default (metrics.md). */
export const MIN_DEALS_FOR_TYPICAL = 5;

export type TypicalStageTime = NonNullable<DealView['typicalDaysInStage']>;

/**
 * Typical days in a stage: the median, at least 1 day, of the time deals spent in the stage
 * before leaving it, in whole calendar days in the user's zone. Each deal counts once, with its
 * latest completed visit (the same visit "time in stage" would have measured); a deal still in
 * the stage has not left it, one closed in it (won or lost in an open stage) left it at its close.
 * A visit known only as a range wider than one day (metrics.md) is left out; one at most a day
 * wide counts with its lower bound, as the panel shows it. A median
 * between two whole days is shown rounded half up and kept as `median` for the warnings. Until 5 deals have left the stage,
 * `settings.defaultStageDays` is used and the source says `default`. Entries the page dated by day
 * alone count from the day printed (withPrintedStageDays; `pageTimeZone`: the zone pages were read in).
 * `deals` should already be limited to comparable deals (samePipelineDeals).
 */
export function typicalStageTime(
  stage: string,
  deals: readonly Deal[],
  settings: Pick<Settings, 'defaultStageDays' | 'timeZone'>,
  pageTimeZone = browserTimeZone(),
): TypicalStageTime {
  const zones = { timeZone: settings.timeZone, pageTimeZone };
  const samples = deals.flatMap((deal) => {
    const days = latestCompletedVisit(withPrintedStageDays(deal, zones), stage, settings.timeZone);
    return days === undefined ? [] : [days];
  });
  if (samples.length < MIN_DEALS_FOR_TYPICAL) {
    return { days: settings.defaultStageDays, source: 'default', deals: samples.length };
  }
  return ownDeals(median(samples), samples.length);
}

/**
 * typicalStageTime read from the per-stage summaries of the comparable deals (their account and
 * pipeline), whose `days` histogram holds exactly the samples typicalStageTime takes from the
 * deals, counted in the user's zone.
 */
export function typicalStageTimeFromSummaries(
  stage: string,
  summaries: readonly Pick<StageSummary, 'stage' | 'days'>[],
  settings: Pick<Settings, 'defaultStageDays'>,
): TypicalStageTime {
  const buckets = Object.entries(summaries.find((s) => s.stage === stage)?.days ?? {})
    .map(([days, deals]) => ({ days: Number(days), deals }))
    .sort((a, b) => a.days - b.days);
  const count = buckets.reduce((total, bucket) => total + bucket.deals, 0);
  if (count < MIN_DEALS_FOR_TYPICAL) return { days: settings.defaultStageDays, source: 'default', deals: count };
  const at = (position: number) => {
    let before = 0;
    return buckets.find((bucket) => {
      before += bucket.deals;
      return position < before;
    })?.days as number;
  };
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return ownDeals(median, count);
}

/** The typical time of `deals` samples with this median: at least 1 day (metrics.md). */
function ownDeals(median: number, deals: number): TypicalStageTime {
  const exact = Math.max(1, median);
  const days = Math.round(exact);
  return { days, source: 'own-deals', deals, ...(days === exact ? {} : { median: exact }) };
}

/** The widest range of days a visit may span and still be a typical-time sample. */
const MAX_SAMPLE_WIDTH = 1;

/**
 * Whole days of the deal's latest completed visit to `stage`, when it may be a typical-time sample.
 * A visit is completed by the next entry, or, for the last one, by the deal's close in that open
 * stage (a Pipedrive deal won or lost where it sits: closeOfOpenStage).
 */
export function latestCompletedVisit(deal: Deal, stage: string, timeZone: string): number | undefined {
  const history = sortedHistory(deal);
  const close = history.at(-1)?.stage === stage ? closeOfOpenStage(deal, timeZone) : undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const [entry, exit] = [history[i] as StageEntry, history[i + 1] ?? close];
    if (entry.stage !== stage || exit === undefined) continue;
    const { days, upTo } = visitDays(entry, exit, timeZone);
    return upTo !== null && upTo - days <= MAX_SAMPLE_WIDTH ? days : undefined;
  }
  return undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
