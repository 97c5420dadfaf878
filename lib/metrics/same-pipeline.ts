import type { Deal } from '../schema/record';

/**
 * The cached deals comparable with `deal` for stage statistics: the same CRM account and the
 * same pipeline. Two pipelines can share a stage name with different meanings, so a deal whose
 * pipeline is unknown compares only with other deals whose pipeline is unknown.
 */
export function samePipelineDeals(deal: Deal, deals: readonly Deal[]): Deal[] {
  return deals.filter(
    (d) => d.crm === deal.crm && d.tenant === deal.tenant && (d.pipeline ?? null) === (deal.pipeline ?? null),
  );
}
