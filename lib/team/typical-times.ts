import type { StageSummary } from '../db/stage-summary-schema';
import { pipelineKeyOf } from '../db/stage-summary-schema';
import { samePipelineDeals } from '../metrics/same-pipeline';
import { type TypicalStageTime, typicalStageTime, typicalStageTimeFromSummaries } from '../metrics/typical-stage-time';
import type { Deal } from '../schema/record';
import type { Settings } from '../schema/settings';

export interface TypicalTimes {
  of(deal: Deal, stage: string): TypicalStageTime;
}

/**
 * Typical time in stage over comparable deals (same account and pipeline), as the panel finds
 * it, computed once per account, pipeline and stage: 2,000 deals would otherwise each scan all
 * the others. A pipeline whose per-stage summaries are all counted in the user's zone takes it
 * from them, as the deal panel does (a few rows instead of every deal's history worked out in
 * that zone); any other pipeline (no summaries, another zone) from its deals.
 */
export function typicalTimes(
  deals: readonly Deal[],
  settings: Pick<Settings, 'defaultStageDays' | 'timeZone'>,
  summaries: readonly StageSummary[] = [],
): TypicalTimes {
  const known = new Map<string, TypicalStageTime>();
  const groups = new Map<string, Deal[]>();
  const summarised = summariesInZone(summaries, settings.timeZone);
  return {
    of(deal, stage) {
      const group = pipelineKeyOf(deal);
      const key = JSON.stringify([group, stage]);
      const cached = known.get(key);
      if (cached) return cached;
      const rows = summarised.get(group);
      let typical: TypicalStageTime;
      if (rows) typical = typicalStageTimeFromSummaries(stage, rows, settings);
      else {
        let comparable = groups.get(group);
        if (!comparable) {
          comparable = samePipelineDeals(deal, deals);
          groups.set(group, comparable);
        }
        typical = typicalStageTime(stage, comparable, settings);
      }
      known.set(key, typical);
      return typical;
    },
  };
}

/** How many stored deals (any state) are in the open deals' pipelines: those their typical times come from. */
export function comparableCount(deals: readonly Deal[], open: readonly Deal[]): number {
  const pipelines = new Set(open.map(pipelineKeyOf));
  return deals.filter((deal) => pipelines.has(pipelineKeyOf(deal))).length;
}

/** The summaries by pipeline, leaving out every pipeline with a row counted in another zone. */
function summariesInZone(summaries: readonly StageSummary[], timeZone: string): Map<string, StageSummary[]> {
  const byPipeline = new Map<string, StageSummary[]>();
  const otherZone = new Set<string>();
  for (const row of summaries) {
    if (row.timeZone !== timeZone) otherZone.add(row.pipelineKey);
    const list = byPipeline.get(row.pipelineKey);
    if (list) list.push(row);
    else byPipeline.set(row.pipelineKey, [row]);
  }
  for (const key of otherZone) byPipeline.delete(key);
  return byPipeline;
}
