import { type Deal, dealSchema } from '../schema/record';
import { turnQueue } from './in-turn';
import { parseRow } from './rows';
import type { StoreName } from './schema';
import { replaceInSummaries, type SummaryTx } from './stage-summary-store';

/** The stores a transaction that writes deals must include (the per-stage summaries are kept with them). */
export const DEAL_WRITE_STORES = ['deals', 'stageSummaries'] as const satisfies readonly StoreName[];

/**
 * Writes one deal and moves its contribution in the per-stage summaries from its stored history
 * to its new one, in the caller's transaction. Every writer of deals (page readings, backup
 * import, CSV import) goes through here. Calls on one transaction run one after another even if
 * the caller does not wait (two deals of one pipeline update the same summary rows).
 */
export function putDeal(tx: SummaryTx, deal: Deal): Promise<void> {
  return inTurn(tx, async () => {
    const before = await storedDeal(tx, deal.key);
    await tx.objectStore('deals').put(deal);
    await replaceInSummaries(tx, before, deal);
  });
}

/** Deletes one deal and its contribution to the summaries (erasing a record). */
export function deleteDeal(tx: SummaryTx, key: string): Promise<void> {
  return inTurn(tx, async () => {
    const before = await storedDeal(tx, key);
    await tx.objectStore('deals').delete(key);
    await replaceInSummaries(tx, before, undefined);
  });
}

/**
 * Takes a deal's contribution out of the summaries, for a caller that deletes the deal row itself
 * (after deleting it, in the same transaction).
 */
export function removeDealFromSummaries(tx: SummaryTx, deal: Deal): Promise<void> {
  return inTurn(tx, () => replaceInSummaries(tx, deal, undefined));
}

/** A stored row that does not parse contributed nothing to the summaries (they are built from valid deals). */
async function storedDeal(tx: SummaryTx, key: string): Promise<Deal | undefined> {
  return parseRow(dealSchema, 'deals', await tx.objectStore('deals').get(key), [], key);
}

/** Deal writes on one transaction run one after another (they update the same summary rows). */
const inTurn = turnQueue();
