import { pipelineKeyOf } from '../db/stage-summary-schema';
import type { Deal } from '../schema/record';

/** A deal's pipeline's stages in order, or undefined where no stored deal's page showed them. */
export type StageOrders = (deal: Deal) => readonly string[] | undefined;

/**
 * The stage order of each pipeline (same CRM account and pipeline, as samePipelineDeals compares
 * deals), from the deal's own page, else from another stored deal of its pipeline: a deal known
 * only from an export shows no stage path, and sorted by stage it must still sit with the deals
 * of its stage, not after the whole pipeline (docs/team-view.md).
 */
export function stageOrders(deals: readonly Deal[]): StageOrders {
  const byPipeline = new Map<string, readonly string[]>();
  for (const deal of deals) {
    const key = pipelineKeyOf(deal);
    if (deal.stages && deal.stages.length > 0 && !byPipeline.has(key)) byPipeline.set(key, deal.stages);
  }
  return (deal) => (deal.stages && deal.stages.length > 0 ? deal.stages : byPipeline.get(pipelineKeyOf(deal)));
}
