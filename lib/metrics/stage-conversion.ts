import type { StageSummary } from '../db/stage-summary-schema';
import type { Deal } from '../schema/record';
import type { DealView } from '../schema/view-model';
import { closedStages, dealOutcome } from './closed-stage';
import { majorityOrder } from './majority-order';
import { rowsNotKnown } from './rows-not-known';
import { type Outcome, stageOutcome } from './stage-outcome';
import { sortedHistory } from './stage-time';

export type StageConversion = DealView['conversion'][number];

/**
 * Of the deals that entered each open stage of `order` (the pipeline's stages), the share that
 * moved on to a later open stage at some point after first entering it, or were won. Closed won /
 * closed lost are outcomes, not rows; a move to a lost stage is not a move forward, and neither
 * is moving back. Deals still sitting in the stage count in `entered`: the share is of every deal
 * that entered, as metrics.md words it. A stage a deal closed in by the page's marker is closed
 * whatever its name (closedStages). A stage `order` leaves out (one a path does not show) has no
 * known place: a move to it is not counted as moving on. `deals` should already be limited to
 * comparable deals (samePipelineDeals).
 *
 * `beganLate` tells the deals whose history may begin after the deal did (an export that dates
 * only the current stage). Such a deal may have entered, and moved on from, any stage placed
 * before the one its history begins in (deals move forward), or any stage at all when that one is
 * an outcome or has no place: those stages' counts are of the deals known to have entered, and
 * their share is not known (null, shown "—"), not the share of the deals that have not moved.
 * `pipelineDeals`: every deal of the pipeline, whose closed markers say which stages close a deal
 * where `deals` is a part of them (one owner's).
 */
export function stageConversion(
  order: readonly string[],
  deals: readonly Deal[],
  beganLate: (deal: Deal) => boolean = () => false,
  pipelineDeals: readonly Deal[] = deals,
): StageConversion[] {
  const outcomeOf = outcomes(closedStages(pipelineDeals));
  const rows = order.filter((stage) => outcomeOf(stage) === undefined);
  const position = new Map(rows.map((stage, i) => [stage, i]));
  // Rows before this place may have been entered by a deal whose history does not show it.
  const unknownBefore = rowsNotKnown(
    position,
    rows.length,
    deals.filter(beganLate).flatMap((deal) => sortedHistory(deal)[0]?.stage ?? []),
  );
  return rows.map((stage, index) => {
    let entered = 0;
    let advanced = 0;
    for (const deal of deals) {
      const history = sortedHistory(deal);
      const first = history.findIndex((e) => e.stage === stage);
      if (first === -1) continue;
      entered++;
      const later = history.slice(first + 1);
      const movedOn = later.some((e) => (position.get(e.stage) ?? -1) > index || outcomeOf(e.stage) === 'won');
      if (movedOn || dealOutcome(deal) === 'won') advanced++;
    }
    const known = entered > 0 && index >= unknownBefore;
    return { stage, entered, advanced, rate: known ? Math.round((advanced / entered) * 100) / 100 : null };
  });
}

/**
 * stageConversion read from the per-stage summaries of the comparable deals: a stage's won deals
 * moved forward, and each group of the others moved forward when one of the open stages it
 * reached afterwards comes later in `order` or is a won outcome; as in stageConversion, a stage
 * `order` leaves out is not counted as later. A stage is an outcome by its name, or where a
 * comparable deal closed in it by the page's marker (the summaries' `closedWon` / `closedLost`,
 * and `closed`, the viewed deal's own closedStages), as the team funnel takes closedStages of every
 * deal. The stages histories that may begin late begin in (`beganLate`) leave the rows before them
 * without a share (rowsNotKnown), as the funnel's historyMayBeginLate does.
 */
export function stageConversionFromSummaries(
  order: readonly string[],
  summaries: readonly ConversionSummary[],
  closed: ReadonlyMap<string, Outcome> = new Map(),
): StageConversion[] {
  const outcomeOf = outcomes(new Map([...closedInSummaries(summaries), ...closed]));
  const rows = order.filter((stage) => outcomeOf(stage) === undefined);
  const position = new Map(rows.map((stage, i) => [stage, i]));
  const byStage = new Map(summaries.map((summary) => [summary.stage, summary]));
  const unknownBefore = rowsNotKnown(
    position,
    rows.length,
    summaries.filter((summary) => summary.beganLate > 0).map((summary) => summary.stage),
  );
  return rows.map((stage, index) => {
    const summary = byStage.get(stage);
    const entered = summary?.entered ?? 0;
    let advanced = summary?.won ?? 0;
    for (const [reached, deals] of Object.entries(summary?.later ?? {})) {
      const stages: string[] = JSON.parse(reached);
      if (stages.some((next) => (position.get(next) ?? -1) > index || outcomeOf(next) === 'won')) advanced += deals;
    }
    const known = entered > 0 && index >= unknownBefore;
    return { stage, entered, advanced, rate: known ? Math.round((advanced / entered) * 100) / 100 : null };
  });
}

type ConversionSummary = Pick<
  StageSummary,
  'stage' | 'entered' | 'won' | 'later' | 'beganLate' | 'closedWon' | 'closedLost'
>;

/**
 * The stages comparable deals closed in by the page's marker, with the outcome more of them
 * closed with (lost on a tie; one stage is seldom both).
 */
function closedInSummaries(summaries: readonly ConversionSummary[]): Map<string, Outcome> {
  const closed = new Map<string, Outcome>();
  for (const { stage, closedWon, closedLost } of summaries) {
    if (closedWon + closedLost > 0) closed.set(stage, closedWon > closedLost ? 'won' : 'lost');
  }
  return closed;
}

/** A stage's outcome by its name, else by a deal's closed marker. */
function outcomes(closed: ReadonlyMap<string, Outcome>): (stage: string) => Outcome | undefined {
  return (stage) => stageOutcome(stage) ?? closed.get(stage);
}

/** The pipeline's stage order: as the page shows it, else the order the deal went through its stages. */
export function stageOrder(deal: Pick<Deal, 'stages' | 'stageHistory'>): string[] {
  if (deal.stages && deal.stages.length > 0) return deal.stages;
  return [...new Set(sortedHistory(deal).map((e) => e.stage))];
}

/**
 * The stage order the deal view reads conversion in: the pipeline's path as the viewed deal's page
 * shows it, else the order the comparable deals' moves show, by the team funnel's rule
 * (majorityOrder, as historyOrder), so that a stage the viewed deal has not reached yet still has
 * its place. The summaries keep, per stage, how many deals (won ones too) reached each other open
 * stage after first entering it; the viewed deal is one of the stored deals they count. Of two
 * stages, the one more deals went on from to the other comes first, so one deal that looped back
 * never turns the order the others show. Where the moves leave two stages unordered (as many went
 * one way as the other), the stage more comparable deals entered comes first, then the one the
 * viewed deal entered first, then by name; a move from the one placed first to the other counts
 * as moving on, the opposite move does not. The team funnel breaks such a tie by the order its
 * deals are listed in, so there the two may count differently; where the moves settle the order
 * they agree.
 */
export function comparableStageOrder(
  deal: Pick<Deal, 'stages' | 'stageHistory'>,
  summaries: readonly Pick<StageSummary, 'stage' | 'entered' | 'reached'>[],
): string[] {
  if (deal.stages && deal.stages.length > 0) return deal.stages;
  const own = stageOrder(deal);
  const ownPlace = (stage: string) => (own.includes(stage) ? own.indexOf(stage) : own.length);
  const entered = new Map(summaries.map((summary) => [summary.stage, summary.entered]));
  const stages = [...new Set([...summaries.map((summary) => summary.stage), ...own])].sort(
    (a, b) => (entered.get(b) ?? 0) - (entered.get(a) ?? 0) || ownPlace(a) - ownPlace(b) || a.localeCompare(b),
  );
  return majorityOrder(stages, new Map(summaries.map((summary) => [summary.stage, summary.reached])));
}
