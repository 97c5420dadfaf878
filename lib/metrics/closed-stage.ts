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
 * The CRMs that close a deal by moving it to a closed stage: a Salesforce opportunity (the path's
 * won / lost step) and a HubSpot deal (its closed stages). A Pipedrive deal is won or lost in the
 * open stage it was in, which stays a stage to reach for the deals still open.
 */
const CLOSES_BY_STAGE: ReadonlySet<Deal['crm']> = new Set(['salesforce', 'hubspot']);

/**
 * The stages deals closed in by the page's closed marker, with their outcome, where the CRM closes
 * a deal by its stage (CLOSES_BY_STAGE): an org's lost stage named "Disqualified", or a HubSpot
 * stage whose name no word table knows, holds no outcome word, yet it is an outcome, not a row
 * (metrics.md).
 */
export function closedStages(
  deals: readonly Pick<Deal, 'crm' | 'closed' | 'stage' | 'stageHistory'>[],
): Map<string, Outcome> {
  const closed = new Map<string, Outcome>();
  for (const deal of deals) {
    const stage = CLOSES_BY_STAGE.has(deal.crm) && deal.closed ? currentStage(deal) : undefined;
    if (stage !== undefined && deal.closed) closed.set(stage, deal.closed);
  }
  return closed;
}

/**
 * How each of `deals` ended, reading a stage as closed where another deal of the same account
 * closed in it by the page's marker (closedStages): an opportunity known only from an export, in
 * the org's lost stage "Disqualified", has neither a marker nor an outcome word, yet it is closed
 * as the funnel already counts it.
 */
export function outcomesInAccounts(deals: readonly AccountDeal[]): (deal: AccountDeal) => Outcome | undefined {
  const accountOf = (deal: AccountDeal) => JSON.stringify([deal.crm, deal.tenant]);
  const byAccount = new Map<string, AccountDeal[]>();
  for (const deal of deals) {
    const list = byAccount.get(accountOf(deal));
    if (list) list.push(deal);
    else byAccount.set(accountOf(deal), [deal]);
  }
  const closed = new Map([...byAccount].map(([account, list]) => [account, closedStages(list)]));
  return (deal) => {
    const stage = currentStage(deal);
    return dealOutcome(deal) ?? (stage === undefined ? undefined : closed.get(accountOf(deal))?.get(stage));
  };
}

type AccountDeal = Pick<Deal, 'crm' | 'tenant' | 'closed' | 'stage' | 'stageHistory'>;
