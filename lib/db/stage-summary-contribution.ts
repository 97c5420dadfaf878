import { historyMayBeginLate } from '../csv-import/deals/history-start';
import { closedStages, dealOutcome } from '../metrics/closed-stage';
import { withPrintedStageDays } from '../metrics/printed-stage-days';
import { type Outcome, stageOutcome } from '../metrics/stage-outcome';
import { sortedHistory } from '../metrics/stage-time';
import { stagesReachedAfter } from '../metrics/stages-reached';
import { latestCompletedVisit } from '../metrics/typical-stage-time';
import type { Deal } from '../schema/record';
import { browserTimeZone } from './time-precision';

/** What one deal adds to the summary of one stage it went through (stage-summary-schema.ts). */
export interface StageContribution {
  stage: string;
  /** Whole days of the latest completed visit, when metrics.md lets it be a typical-time sample. */
  days?: number;
  /** Won, or reached a won stage after entering this one: moved forward whatever the order. */
  won: boolean;
  /** Otherwise the open stages reached after first entering this one, as a sorted JSON array. */
  later?: string;
  /** The open stages reached after first entering this one, won or not: the stage order's evidence. */
  reached: string[];
  /** The deal's history may begin after the deal did, and begins in this stage (historyMayBeginLate). */
  beganLate: boolean;
  /** The deal closed in this stage by the page's marker (closedStages). */
  closed?: Outcome;
}

/**
 * One contribution per stage of the deal's history, following metrics.md as typicalStageTime and
 * stageConversion read it from deals: days counted in `timeZone` (from the printed day for an entry
 * dated by day alone in `pageTimeZone`, see withPrintedStageDays), a range wider than a day is no
 * sample, a move to a lost stage or back is not forward. Closed stages are kept (a closed deal's
 * view still shows its stage's typical time); stage order decides conversion rows at read time.
 * Where the history may begin late and the stage the deal closed in by its marker are noted on
 * their stage, so conversion read from the summaries says "not known" and leaves outcomes out
 * where the team funnel, reading the deals, does.
 */
export function contributionsOf(deal: Deal, timeZone: string, pageTimeZone = browserTimeZone()): StageContribution[] {
  // Stage order is the stored history's, as stageConversion reads it; only days move to the printed day.
  const printed = withPrintedStageDays(deal, { timeZone, pageTimeZone });
  const history = sortedHistory(deal);
  const dealWon = dealOutcome(deal) === 'won';
  const lateStart = historyMayBeginLate(deal) ? history[0]?.stage : undefined;
  const closedIn = closedStages([deal]);
  return [...stagesReachedAfter(deal)].map(([stage, reached]) => {
    const after = history.slice(history.findIndex((entry) => entry.stage === stage) + 1);
    const won = dealWon || after.some((entry) => stageOutcome(entry.stage) === 'won');
    const days = latestCompletedVisit(printed, stage, timeZone);
    const closed = closedIn.get(stage);
    return {
      stage,
      won,
      ...(days === undefined ? {} : { days }),
      ...(won ? {} : { later: JSON.stringify(reached) }),
      reached,
      beganLate: stage === lateStart,
      ...(closed ? { closed } : {}),
    };
  });
}
