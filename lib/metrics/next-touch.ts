import type { Channel } from '../schema/activity';
import type { CadenceStep } from '../schema/settings';
import type { ContactView } from '../schema/view-model';
import {
  type CadenceSettings,
  cadenceRuns,
  cadenceSteps,
  cadenceTouches,
  loneOutbound,
  matchedSteps,
  spacingAfterStep,
} from './cadence';
import { createdDay } from './created-day';
import { isOutbound, type Touch } from './touch';
import { undatedCaveat, undatedWords } from './undated-caveat';
import { unreadDirectionCaveat } from './unread-direction-caveat';
import { addDays, type DayNumber, dayNumber, dayNumberOf, dayString } from './zoned-days';

export type NextTouch = NonNullable<ContactView['cadence']['nextDue']>;

/**
 * The next touch due for a contact (touches oldest first):
 * - the next step of the latest cadence run not yet done, due its planned spacing after the
 *   last step done (business days when weekends are excluded). Spacing counts from the step
 *   actually done rather than from the run's first touch, as sequence tools schedule, so a late
 *   step moves the rest of the cadence and the step that is due is the one the rep should do now;
 * - once the cadence ended (every step done, the contact replied, or a silence longer than the
 *   follow-up limit came after it), a follow-up on the channel of the last touch (that has a
 *   channel), due the follow-up limit (calendar days) after the last outbound touch or reply: the
 *   touches the gaps count (cadenceTouches), so the follow-up is overdue exactly when the gap
 *   since that touch is a gap (metrics.md: "a gap and a due date are measured the same way"). An
 *   out-of-office "is never a reply" and does not put it off;
 * - once the silence since the last touch, either way, is longer than the follow-up limit, step 1
 *   of a new cadence (metrics.md: the next outbound touch starts one): not a step of the lapsed
 *   cadence, which the touch would not count as. That silence is gone cold's (an out-of-office
 *   counted breaks it, as it breaks the silence between runs: cadenceRuns), so step 1 is due again
 *   exactly when the contact has gone cold. It replaces the step or follow-up that was due, and is
 *   due when that was, or when the follow-up limit ran out (counted as for the follow-up) if that
 *   came first: only a touch done moves a due date, so what was overdue stays overdue from the
 *   same day. After a lone touch the limit does not bring it forward: a lone touch is not late
 *   before step 2 is (metrics.md, Gone cold), so the new step 1 is due when step 2 was;
 * - with no outbound touch yet, step 1, due the day the contact was created (as the page printed
 *   it, see createdDay; or its first inbound touch, or today when neither is known).
 * Null only when the cadence has no steps and the contact has no touch to follow up. `leftOut`:
 * the automated touches the setting leaves out of `touches`, whose outreach a reply may answer
 * (cadenceRuns).
 */
export function nextTouchDue(
  touches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
  createdAt?: string,
  pageTimeZone?: string,
  leftOut: readonly Touch[] = [],
): NextTouch | null {
  const steps = cadenceSteps(settings);
  const today = dayNumber(now, settings.timeZone);
  const day = (at: Date) => dayNumber(at, settings.timeZone);
  const due = (date: DayNumber, channel: Channel, step: number, kind: NextTouch['kind']): NextTouch => ({
    date: dayString(date),
    channel,
    step,
    overdue: date < today,
    kind,
  });
  const run = cadenceRuns(touches, settings, leftOut).at(-1);
  const last = touches.at(-1);
  // With only automated replies read (not the emails they answer), the latest of them is all there is.
  const followUpFrom = cadenceTouches(touches).at(-1) ?? last;
  const followUp = (from: Touch) =>
    due(day(from.at) + settings.followUpDays, followUpChannel(touches, steps), 0, 'follow-up');
  if (!run) {
    const first = steps[0];
    if (!first) return followUpFrom ? followUp(followUpFrom) : null;
    const firstTouch = touches[0];
    const start = createdAt
      ? createdDay(createdAt, settings.timeZone, pageTimeZone)
      : firstTouch
        ? day(firstTouch.at)
        : today;
    return due(start, first.channel, 1, 'step');
  }
  const latest = last as Touch;
  const from = followUpFrom as Touch;
  const done = matchedSteps(run, steps);
  const spacing = spacingAfterStep(steps, done);
  const next = steps[done];
  // What the run has due: its next step, or the follow-up once its cadence ended.
  const planned =
    run.replyAt !== undefined || run.lapsed || spacing === undefined || !next
      ? followUp(from)
      : due(
          addDays(day((run.outbound[done - 1] as Touch).at), spacing, settings.businessDays),
          next.channel,
          done + 1,
          'step',
        );
  const restart = steps[0];
  if (restart && today - day(latest.at) > settings.followUpDays) {
    const plannedDay = dayNumberOf(planned.date);
    const limitDay = loneOutbound(run) ? plannedDay : day(from.at) + settings.followUpDays;
    return due(Math.min(plannedDay, limitDay), restart.channel, 1, 'step');
  }
  return planned;
}

/** The channel of the latest touch that has one (a completed task has none), else the cadence's first. */
function followUpChannel(touches: readonly Touch[], steps: readonly CadenceStep[]): Channel {
  const channel = touches.findLast((t) => t.channel !== 'task')?.channel;
  return channel && channel !== 'task' ? channel : (steps[0]?.channel ?? 'email');
}

/** Touches without a readable date beside the dated ones the next touch is worked out from. */
export interface UndatedTouches {
  /** How many (as the panel's touches-undated figure counts them). */
  count: number;
  /** Whether any of them is outbound: a step done on a day nobody knows. */
  outbound: boolean;
}

/**
 * The next touch as the contact panel shows it (see nextTouchDue), and what touches without a
 * readable date do to it. An undated outbound touch is a step done on an unknown day: with no
 * dated outbound touch the cadence has begun, yet neither which step is next nor when it is due
 * can be told, so there is no due date, with the reason (never step 1 again, due since the
 * contact was created). Beside dated touches the date is given with the caveat the gone-cold
 * reason carries: one of the undated touches may be newer than the touch it counts from; and with
 * the one for steps whose direction the page did not show (unreadDirectionCaveat). With it,
 * today in the user's zone: the day the date is overdue against. `leftOut` as for nextTouchDue.
 */
export function nextTouchView(
  touches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
  undated: UndatedTouches,
  createdAt?: string,
  pageTimeZone?: string,
  leftOut: readonly Touch[] = [],
): Pick<ContactView['cadence'], 'nextDue' | 'nextDueReason' | 'today'> {
  const today = dayString(dayNumber(now, settings.timeZone));
  if (undated.outbound && !touches.some(isOutbound)) {
    return { nextDue: null, nextDueReason: `${undatedWords(undated.count)}: the next step cannot be dated.`, today };
  }
  const nextDue = nextTouchDue(touches, settings, now, createdAt, pageTimeZone, leftOut);
  const caveat = nextDue
    ? `${undatedCaveat(undated.count)}${unreadDirectionCaveat(touches, settings, leftOut)}`.trim()
    : '';
  return { nextDue, ...(caveat ? { nextDueReason: caveat } : {}), today };
}
