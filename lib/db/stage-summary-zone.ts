import type { Deal } from '../schema/record';
import type { TouchlineDb } from './schema';
import type { StageSummary } from './stage-summary-schema';
import { rebuildPipeline } from './stage-summary-store';
import { runTransaction } from './transaction';

/**
 * The deal's pipeline summaries with days counted in `timeZone` (the user's setting): as read
 * when they already are, else rebuilt once from the pipeline's deals and stored that way, so
 * putDeal keeps them in that zone from then on.
 */
export function summariesInZone(
  db: TouchlineDb,
  deal: Deal,
  summaries: StageSummary[],
  timeZone: string,
): Promise<StageSummary[]> {
  if (summaries.every((summary) => summary.timeZone === timeZone)) return Promise.resolve(summaries);
  return runTransaction(db, ['deals', 'stageSummaries'], 'readwrite', 'save', (tx) =>
    rebuildPipeline(tx, deal, timeZone),
  );
}
