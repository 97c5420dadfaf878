import type { Deal } from '../schema/record';
import { sortedHistory } from './stage-time';

/**
 * The stage order that the deals' histories show together, when no page showed the pipeline's
 * path: a stage comes after every stage some deal left for it, whichever deal is listed first
 * (deal A Qualified → Proposal and deal B Discovery → Qualified give Discovery, Qualified,
 * Proposal). A move back makes a loop; the stages in it keep the order they were first seen in.
 */
export function historyOrder(deals: readonly Pick<Deal, 'stageHistory'>[]): string[] {
  const seen: string[] = [];
  const before = new Map<string, Set<string>>();
  for (const deal of deals) {
    const stages = sortedHistory(deal).map((entry) => entry.stage);
    for (const [i, stage] of stages.entries()) {
      if (!before.has(stage)) {
        seen.push(stage);
        before.set(stage, new Set());
      }
      const previous = stages[i - 1];
      if (previous !== undefined && previous !== stage) before.get(stage)?.add(previous);
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < seen.length) {
    const ready = seen.filter(
      (stage) => !placed.has(stage) && [...(before.get(stage) ?? [])].every((s) => placed.has(s)),
    );
    // In a loop no stage is ready: the first one seen goes next.
    const next = ready[0] ?? (seen.find((stage) => !placed.has(stage)) as string);
    order.push(next);
    placed.add(next);
  }
  return order;
}
