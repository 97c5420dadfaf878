import { historyMayBeginLate } from '../csv-import/deals/history-start';
import { historyOrder } from '../metrics/history-order';
import { type StageConversion, stageConversion, stageOrder } from '../metrics/stage-conversion';
import type { Deal } from '../schema/record';
import type { Account } from './accounts';

export interface Funnel {
  /** The pipeline shown; `undefined` when the pages showed none. */
  pipeline: string | undefined;
  /** The CRM account the pipeline is one of: two accounts' pipelines may share a name. */
  account: Account;
  deals: number;
  rows: StageConversion[];
}

/**
 * The stage funnel of one pipeline (stages of two pipelines do not line up): the chosen one,
 * else the one with the most deals. A pipeline is one CRM account's (metrics.md, "Comparable
 * deals"): two portals' "Sales Pipeline" are two pipelines, and with both shown the one with more
 * deals is drawn. Deals that entered each stage and the share that moved on, over every deal of
 * the pipeline `counted` keeps (an owner's), open or closed (metrics.md, "Stage conversion"); the
 * stages' order and which of them close a deal are the pipeline's, from all its deals: another
 * owner's deal page may be the one that showed the path or a closed marker. A stage that deals known
 * from an export dating only their current stage may have passed through has no share
 * (historyMayBeginLate).
 */
export function funnel(
  deals: readonly Deal[],
  pipeline?: string,
  counted: (deal: Deal) => boolean = () => true,
): Funnel | null {
  const byPipeline = new Map<string, Deal[]>();
  for (const deal of deals) {
    if (pipeline !== undefined && (deal.pipeline ?? '') !== pipeline) continue;
    const key = JSON.stringify([deal.crm, deal.tenant, deal.pipeline ?? '']);
    const list = byPipeline.get(key);
    if (list) list.push(deal);
    else byPipeline.set(key, [deal]);
  }
  const chosen = [...byPipeline.values()]
    .map((all) => ({ all, shown: all.filter(counted) }))
    .sort((a, b) => b.shown.length - a.shown.length)[0];
  const first = chosen?.shown[0];
  if (!chosen || !first) return null;
  const withPath = chosen.all.find((d) => d.stages && d.stages.length > 0);
  const order = withPath ? stageOrder(withPath) : historyOrder(chosen.all);
  return {
    pipeline: first.pipeline,
    account: { crm: first.crm, tenant: first.tenant },
    deals: chosen.shown.length,
    rows: stageConversion(order, chosen.shown, historyMayBeginLate, chosen.all),
  };
}
