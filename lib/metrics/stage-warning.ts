import type { Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { TypicalStageTime } from './typical-stage-time';

export type StageWarning = 'none' | 'watch' | 'stalled';

/** The user's thresholds, as multiples of the typical time (1.5 and 2 by default). */
export type StageFactors = Pick<Settings, 'watchFactor' | 'stalledFactor'>;

/**
 * `watch` above `watchFactor` × typical, `stalled` above `stalledFactor` × (by default: exactly
 * 2 × is watch, exactly 1.5 × is none), compared in whole days. A time in stage known only as a range is passed as its lower
 * bound: a warning only when that already crosses the threshold. Closed deals never warn; without
 * a time in stage there is nothing to compare.
 */
export function stageWarning(
  daysInStage: number | null,
  typical: TypicalStageTime | null,
  closed: Deal['closed'],
  factors: StageFactors,
): StageWarning {
  if (closed || daysInStage === null || !typical) return 'none';
  const days = typical.median ?? typical.days;
  if (above(daysInStage, factors.stalledFactor, days)) return 'stalled';
  if (above(daysInStage, factors.watchFactor, days)) return 'watch';
  return 'none';
}

/**
 * Whole days above factor × typical, without floating-point error deciding it: 1.4 × 45 is
 * 62.99999999999999 in binary, which would make exactly 63 days "above" a limit of 63.
 */
function above(days: number, factor: number, typical: number): boolean {
  return days > factor * typical + 1e-9;
}

/**
 * The warning in plain words: "23 days in stage, typical 10 from your 12 deals — over 2× typical".
 * A time in stage that is only a lower bound says so: "at least 23 days" when nothing bounds it
 * from above, "5–9 days" when something does.
 */
export function stageWarningReason(input: {
  stage: string | undefined;
  daysInStage: number | null;
  /** The deal has been in the stage at least `daysInStage` days: its entry is not known exactly. */
  atLeast?: boolean;
  /** The most days it can have been, where known. */
  upTo?: number;
  typical: TypicalStageTime | null;
  closed: Deal['closed'];
  /** The deal's outcome was not read (outcome-not-read.ts): whether it may warn at all is not known. */
  outcomeNotRead?: boolean;
  /** The history dates the entry into the current stage after today (stage-time.ts enteredAfter). */
  enteredAfterNow?: boolean;
  /** Null when no warning can be computed (the outcome was not read). */
  warning: StageWarning | null;
  factors: StageFactors;
}): string {
  const { stage, daysInStage, typical, closed, warning } = input;
  if (closed) return `Closed ${closed}: closed deals get no stage warning.`;
  if (input.outcomeNotRead) return OUTCOME_NOT_READ;
  if (input.enteredAfterNow)
    return 'Time in stage unknown: the stage history dates the entry into this stage after today, which has not come yet.';
  if (daysInStage === null || !typical)
    return 'Time in stage unknown: the stage history does not show when the deal entered its stage.';
  const { watchFactor, stalledFactor } = input.factors;
  const over =
    warning === 'stalled'
      ? ` — over ${stalledFactor}× typical`
      : warning === 'watch'
        ? ` — over ${watchFactor}× typical`
        : '';
  return `${daysInWords(daysInStage, input.atLeast, input.upTo)}, ${typicalInWords(typical, stage)}${over}`;
}

/**
 * decisions.md: what cannot be read is said plainly, never guessed (here: that the deal is open). Said
 * of every such page: stage names in a language Touchline has no words for, or a Pipedrive header with
 * no won/lost mark nor Won/Lost buttons.
 */
const OUTCOME_NOT_READ =
  'Outcome not read: the page did not show in a way Touchline reads whether the deal is won, lost or still open, and a closed deal gets no stage warning nor a no-recent-activity flag.';

/**
 * A lower bound with no most counts from a `firstSeen` entry: Touchline's first sighting of a deal
 * whose page showed no history, or the oldest row of a history shown newest rows only ("(3+)").
 * The entry does not say which, so the words fit both; the stage card's notes say which.
 */
function daysInWords(days: number, atLeast: boolean | undefined, upTo: number | undefined): string {
  if (!atLeast) return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
  if (upTo === undefined)
    return `at least ${days} ${days === 1 ? 'day' : 'days'} in stage (counted from the earliest day Touchline knows of the deal in this stage: it may have entered before)`;
  return `${days}–${upTo} days in stage (Touchline saw the stage, not the day the deal entered it)`;
}

function typicalInWords(typical: TypicalStageTime, stage: string | undefined): string {
  // The median itself ("typical 10.5"), which the thresholds are multiples of.
  if (typical.source === 'own-deals')
    return `typical ${typical.median ?? typical.days} from your ${typical.deals} deals`;
  // Deals that left the stage with a time in it known to the day: those left with a wider range are no sample.
  const known = `${typical.deals} of your deals that left ${stage ?? 'this stage'} ${typical.deals === 1 ? 'has' : 'have'} a known time there`;
  return `typical ${typical.days} (default: ${known}, 5 are needed)`;
}
