import type { Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { DealView } from '../schema/view-model';
import { sortedHistory } from './stage-time';
import { dayNumber } from './zoned-days';

/** Deals that must have left a stage before their median replaces the default (metrics.md). */
export const MIN_DEALS_FOR_TYPICAL = 5;

export type TypicalStageTime = NonNullable<DealView['typicalDaysInStage']>;

/**
 * Typical days in a stage: the median, at least 1 day, of the time deals spent in the stage
 * before leaving it, in whole calendar days in the user's zone. Each deal counts once, with its
 * latest completed visit (the same visit "time in stage" would have measured); a deal still in
 * the stage has not left it, and a visit whose start Touchline only first saw is left out. A median between two whole days rounds half up. Until 5 deals have
 * left the stage, `settings.defaultStageDays` is used and the source says `default`.
 * `deals` should already be limited to comparable deals (samePipelineDeals).
 */
export function typicalStageTime(
  stage: string,
  deals: readonly Deal[],
  settings: Pick<Settings, 'defaultStageDays' | 'timeZone'>,
): TypicalStageTime {
  const samples = deals.flatMap((deal) => {
    const days = latestCompletedVisit(deal, stage, settings.timeZone);
    return days === undefined ? [] : [days];
  });
  if (samples.length < MIN_DEALS_FOR_TYPICAL) {
    return { days: settings.defaultStageDays, source: 'default', deals: samples.length };
  }
  return { days: Math.max(1, Math.round(median(samples))), source: 'own-deals', deals: samples.length };
}

function latestCompletedVisit(deal: Deal, stage: string, timeZone: string): number | undefined {
  const history = sortedHistory(deal);
  for (let i = history.length - 2; i >= 0; i--) {
    const entry = history[i];
    const exit = history[i + 1];
    if (entry?.stage === stage && exit) {
      // A visit first seen by Touchline has no known start: its length would understate.
      if (entry.firstSeen) return undefined;
      return dayNumber(new Date(exit.enteredAt), timeZone) - dayNumber(new Date(entry.enteredAt), timeZone);
    }
  }
  return undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
