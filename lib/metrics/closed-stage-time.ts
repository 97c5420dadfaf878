import { calendarDaySchema } from '../schema/activity';
import type { Deal } from '../schema/record';
import type { DealView } from '../schema/view-model';
import { closedStages, dealOutcome } from './closed-stage';
import { stageOutcome } from './stage-outcome';
import {
  currentStage,
  type DaysRange,
  enteredAfter,
  type StageStint,
  sortedHistory,
  stageTimeline,
  timeInStage,
} from './stage-time';
import { dayNumber, dayNumberOf, startOfDay } from './zoned-days';

export type ClosedTimeReason = NonNullable<DealView['daysInStageReason']>;

/** The deal's time in its current stage and its stage timeline, both ending where the deal's stage time ends. */
export interface DealStageTime {
  time: DaysRange | null;
  /** Why a closed deal, or one whose history dates its entry after now, has no time in stage. */
  reason?: ClosedTimeReason;
  /** The deal sits in the stage it closed in: an outcome, which has no typical time either. */
  inOutcome: boolean;
  timeline: StageStint[];
}

/**
 * metrics.md "Time in stage": now, or the exit time. A closed deal has left its last open stage, so
 * its time there stops at the close and does not grow day after day: when it sits in the stage it
 * closed in (closed won / lost are outcomes, not stages), the close was its entry into that stage,
 * and that stage gets no days; when it closed in an open stage (Pipedrive's won or lost marker), the
 * close is the close date its record carries, and without a readable one there is no time to show.
 */
export function dealStageTime(deal: Deal, now: Date, timeZone: string): DealStageTime {
  const closed = dealOutcome(deal);
  if (!closed) {
    const timeline = stageTimeline(deal, now, timeZone);
    // An entry dated after now has not happened: no time in stage, and why (contracts.md).
    if (enteredAfter(deal, now, timeZone))
      return { time: null, reason: 'entered-after-now', inOutcome: false, timeline };
    return { time: timeInStage(deal, now, timeZone), inOutcome: false, timeline };
  }
  const stage = currentStage(deal);
  const inOutcome = stage !== undefined && (stageOutcome(stage) !== undefined || closedStages([deal]).has(stage));
  const close = closeTime(deal, now, timeZone);
  // The outcome is no stage: its visit keeps its entry (the close) and has no days.
  const timeline = stageTimeline(deal, close instanceof Date ? close : null, timeZone).map(
    (stint): StageStint =>
      inOutcome && stint.current
        ? { stage: stint.stage, enteredAt: stint.enteredAt, days: null, outcome: closed, current: true }
        : stint,
  );
  if (inOutcome) return { time: null, reason: 'closed-outcome', inOutcome, timeline };
  if (close instanceof Date) return { time: timeInStage(deal, close, timeZone), inOutcome, timeline };
  // Without an entry into the current stage the time is unknown whatever the close: the history says why.
  const atStage = sortedHistory(deal).at(-1)?.stage === stage;
  return { time: null, ...(atStage ? { reason: close } : {}), inOutcome, timeline };
}

/**
 * The start of the close day the deal record carries (a calendar day as printed), not after now;
 * why there is none when the record has no readable close date, or one before the deal's earliest
 * possible entry into its current stage (that date is not when the deal left the stage). A stage
 * Touchline first saw the deal in may have been entered any time before: no close date contradicts it.
 */
function closeTime(deal: Deal, now: Date, timeZone: string): Date | Exclude<ClosedTimeReason, 'closed-outcome'> {
  const printed = calendarDaySchema.safeParse(deal.closeDate);
  const closeDay = printed.success ? dayNumberOf(printed.data) : Number.NaN;
  // Readers keep a close date they could not read as its text.
  if (!Number.isFinite(closeDay)) return 'close-not-read';
  const latest = sortedHistory(deal).at(-1);
  if (latest && !latest.firstSeen && closeDay < dayNumber(new Date(latest.after ?? latest.enteredAt), timeZone))
    return 'close-before-entry';
  const close = startOfDay(closeDay, timeZone);
  return close < now ? close : now;
}
