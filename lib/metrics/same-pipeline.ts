import type { Deal } from '../schema/record';

/**
 * The cached deals comparable with `deal` for stage statistics: same CRM account, and the same
 * pipeline when both say which (two pipelines can share a stage name with different meanings).
 */
export function samePipelineDeals(deal: Deal, deals: readonly Deal[]): Deal[] {
  return deals.filter(
    (d) =>
      d.crm === deal.crm &&
      d.tenant === deal.tenant &&
      (d.pipeline === undefined || deal.pipeline === undefined || d.pipeline === deal.pipeline),
  );
}
