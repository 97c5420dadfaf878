import type { Deal } from '../schema/record';
import { majorityOrder } from './majority-order';
import { sortedHistory } from './stage-time';
import { stagesReachedAfter } from './stages-reached';

/**
 * The stage order that the deals' histories show together, when no page showed the pipeline's
 * path: a stage comes after another when more deals reached it after the other than the other way
 * round (majorityOrder), whichever deal is listed first (deal A Qualified → Proposal and deal B
 * Discovery → Qualified give Discovery, Qualified, Proposal). Won deals count like the others, and
 * a deal that looped weighs on neither side. Stages the moves leave unordered keep the order they
 * were first seen in.
 */
export function historyOrder(deals: readonly Pick<Deal, 'crm' | 'closed' | 'stage' | 'stageHistory'>[]): string[] {
  const seen = [...new Set(deals.flatMap((deal) => sortedHistory(deal).map((entry) => entry.stage)))];
  const movesOn = new Map<string, Record<string, number>>();
  for (const deal of deals) {
    for (const [stage, reached] of stagesReachedAfter(deal)) {
      const counts = movesOn.get(stage) ?? {};
      for (const next of reached) counts[next] = (counts[next] ?? 0) + 1;
      movesOn.set(stage, counts);
    }
  }
  return majorityOrder(seen, movesOn);
}
