import type { Deal } from '../schema/record';
import { closedStages } from './closed-stage';
import { stageOutcome } from './stage-outcome';
import { sortedHistory } from './stage-time';

/**
 * Per stage of the deal's history, the open stages it reached after first entering that stage,
 * sorted: a stage named as an outcome, and the stage the deal closed in by the page's marker
 * (closedStages), are outcomes, not stages to reach. A deal that looped (Discovery → Demo →
 * Discovery → Demo) reached each of the two after the other.
 */
export function stagesReachedAfter(
  deal: Pick<Deal, 'crm' | 'closed' | 'stage' | 'stageHistory'>,
): Map<string, string[]> {
  const history = sortedHistory(deal).map((entry) => entry.stage);
  const [closedIn] = closedStages([deal]).keys();
  const reached = new Map<string, string[]>();
  for (const stage of new Set(history)) {
    const after = history.slice(history.indexOf(stage) + 1);
    const open = after.filter((next) => next !== stage && next !== closedIn && stageOutcome(next) === undefined);
    reached.set(stage, [...new Set(open)].sort());
  }
  return reached;
}
