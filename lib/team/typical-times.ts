import { samePipelineDeals } from '../metrics/same-pipeline';
import { type TypicalStageTime, typicalStageTime } from '../metrics/typical-stage-time';
import type { Deal } from '../schema/record';
import type { Settings } from '../schema/settings';

export interface TypicalTimes {
  of(deal: Deal, stage: string): TypicalStageTime;
}

/**
 * Typical time in stage over comparable deals (same account and pipeline), as the panel finds
 * it, computed once per account, pipeline and stage: 2,000 deals would otherwise each scan all
 * the others.
 */
export function typicalTimes(
  deals: readonly Deal[],
  settings: Pick<Settings, 'defaultStageDays' | 'timeZone'>,
): TypicalTimes {
  const known = new Map<string, TypicalStageTime>();
  const groups = new Map<string, Deal[]>();
  return {
    of(deal, stage) {
      const group = `${deal.crm}\u0000${deal.tenant}\u0000${deal.pipeline ?? '\u0001'}`;
      const key = `${group}\u0000${stage}`;
      const cached = known.get(key);
      if (cached) return cached;
      let comparable = groups.get(group);
      if (!comparable) {
        comparable = samePipelineDeals(deal, deals);
        groups.set(group, comparable);
      }
      const typical = typicalStageTime(stage, comparable, settings);
      known.set(key, typical);
      return typical;
    },
  };
}
