import type { Deal } from '../schema/record';
import { type Outcome, stageOutcome } from './stage-outcome';
import { currentStage } from './stage-time';

/**
 * How the deal ended: the page's closed marker, else its current stage's name (a page in a
 * language the adapter's marker does not know still names the stage).
 */
export function dealOutcome(deal: Pick<Deal, 'closed' | 'stage' | 'stageHistory'>): Outcome | undefined {
  if (deal.closed) return deal.closed;
  const stage = currentStage(deal);
  return stage === undefined ? undefined : stageOutcome(stage);
}

/**
 * The stages Salesforce deals closed in by the page's closed marker, with their outcome: an org's
 * lost stage named "Disqualified" holds no outcome word, yet it is an outcome, not a row
 * (metrics.md). Only Salesforce: an opportunity closes by moving to a closed stage, while a
 * Pipedrive deal is won or lost in the open stage it was in.
 */
export function closedStages(
  deals: readonly Pick<Deal, 'crm' | 'closed' | 'stage' | 'stageHistory'>[],
): Map<string, Outcome> {
  const closed = new Map<string, Outcome>();
  for (const deal of deals) {
    const stage = deal.crm === 'salesforce' && deal.closed ? currentStage(deal) : undefined;
    if (stage !== undefined && deal.closed) closed.set(stage, deal.closed);
  }
  return closed;
}
