import type { CadenceStep, Settings } from '../schema/settings';
import { inReplyOrder, replyOrderTime } from './reply-order';
import { isOutbound, isReply, type Touch } from './touch';
import { type DayNumber, dayNumber } from './zoned-days';

export type CadenceSettings = Pick<Settings, 'motion' | 'cadences' | 'followUpDays' | 'businessDays' | 'timeZone'>;

/** One run of the cadence: from the first outbound touch after a silence to the next silence. */
export interface CadenceRun {
  /**
   * The run's outbound touches in time order; the n-th is step n while the cadence lasts. Empty
   * when only automated outreach left out of the figures came before the reply (cadenceRuns).
   */
  outbound: Touch[];
  /** The first reply after the run started: it ends the cadence (only the follow-up limit applies after it). */
  replyAt?: Date;
  /** A silence longer than the follow-up limit came after the run, before a later touch: the cadence lapsed. */
  lapsed?: true;
  /**
   * The touch, either way, after which a silence longer than the follow-up limit came before the
   * run's first outbound touch: touches older than it cannot number the run's steps (cadenceSettledAfter).
   */
  afterSilence?: Date;
}

export function cadenceSteps(settings: CadenceSettings): CadenceStep[] {
  return settings.cadences[settings.motion] ?? [];
}

/**
 * The touches that end an interval between outbound touches for the gaps (metrics.md "Gap": an
 * interval between consecutive outbound touches; a reply ends the cadence): outbound touches and
 * replies. An automated inbound touch (an auto-reply, an out-of-office) is neither: metrics.md
 * says it "is never a reply", so it does not cut the rep's silence into two shorter intervals.
 * A silence that starts a new cadence, and gone cold, are "no touch in either direction", where
 * such a touch counts when the setting counts automated touches (cadenceRuns, goneCold).
 */
export function cadenceTouches(touches: readonly Touch[]): readonly Touch[] {
  return touches.every(breaksSilence) ? touches : touches.filter(breaksSilence);
}

function breaksSilence(touch: Touch): boolean {
  return isOutbound(touch) || isReply(touch);
}

/**
 * Splits a contact's touches (any direction, oldest first) into cadence runs. A silence is a
 * stretch with no touch at all, either way, longer than the follow-up limit,
 * counted in calendar days in the user's zone (metrics.md gives the limit as 14 calendar days).
 * After a silence, the next outbound touch starts a new run. The first reply to a run, however
 * late, still answers it and ends its cadence (only the follow-up limit applies after it, so the
 * rep's answer to it is no new cadence); a reply before the first outbound touch (an inbound lead
 * writing in) does not end the cadence that answers it. Touches are walked in reply order
 * (inReplyOrder): a reply shown with only a date follows the email it answers that day.
 * `leftOut` are the automated touches the setting leaves out of every figure (metrics.md,
 * "Automated touches, consistently"). Their outbound ones are no steps and, like every touch left
 * out, break no silence (gone cold and days since the last touch do not see them either); but they
 * are outreach all the same, so a reply after one answers it and ends the cadence (a reply to a
 * sequence email is no lead writing in). Such outreach starts a run where none is going, or where
 * the one going was answered and a silence followed (a later reply would be nobody's otherwise; a
 * run not yet answered is answered by it anyway). A run of such outreach alone, unanswered, is no
 * run: no step of it was done.
 */
export function cadenceRuns(
  touches: readonly Touch[],
  settings: CadenceSettings,
  leftOut: readonly Touch[] = [],
): CadenceRun[] {
  const runs: CadenceRun[] = [];
  let current: CadenceRun | undefined;
  let previousDay: DayNumber | undefined;
  let previousAt: Date | undefined;
  const outreach = new Set(leftOut.filter(isOutbound));
  for (const touch of inReplyOrder(outreach.size === 0 ? touches : byTime([...touches, ...outreach]))) {
    const day = dayNumber(touch.at, settings.timeZone);
    if (outreach.has(touch)) {
      const silence = previousDay !== undefined && day - previousDay > settings.followUpDays;
      if (!current || (current.replyAt && silence)) {
        if (current) current.lapsed = true;
        current = { outbound: [] };
        runs.push(current);
      }
      continue;
    }
    const lateReply = current !== undefined && !current.replyAt && isReply(touch);
    const silence = previousDay !== undefined && day - previousDay > settings.followUpDays ? previousAt : undefined;
    if (current && silence && !lateReply) {
      current.lapsed = true;
      current = undefined;
    }
    previousDay = day;
    previousAt = touch.at;
    if (isOutbound(touch)) {
      if (!current) {
        current = { outbound: [], ...(silence ? { afterSilence: silence } : {}) };
        runs.push(current);
      }
      current.outbound.push(touch);
    } else if (isReply(touch) && current && !current.replyAt) {
      current.replyAt = new Date(replyOrderTime(touch));
    }
  }
  return outreach.size === 0 ? runs : runs.filter((run) => run.outbound.length > 0 || run.replyAt);
}

/** Oldest first; touches at the same instant keep their order (the sort is stable). */
function byTime(touches: Touch[]): Touch[] {
  return touches.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The run's only outbound touch when nothing but automatic replies came after it (a reply would
 * end the cadence, a later outbound touch be step 2 or start a new run): metrics.md's lone touch,
 * which "is not cold before it is late". Meant for the latest run.
 */
export function loneOutbound(run: CadenceRun): Touch | undefined {
  return run.outbound.length === 1 && !run.replyAt ? run.outbound[0] : undefined;
}

/**
 * How many of a run's outbound touches are cadence steps: touches in order, up to the number
 * of steps, and only those before the reply that ended the cadence.
 */
export function matchedSteps(run: CadenceRun, steps: readonly CadenceStep[]): number {
  const beforeReply = run.replyAt
    ? run.outbound.filter((t) => t.at.getTime() < (run.replyAt as Date).getTime()).length
    : run.outbound.length;
  return Math.min(beforeReply, steps.length);
}

/** Planned spacing between step n and step n + 1 (1-based n), or undefined after the last step. */
export function spacingAfterStep(steps: readonly CadenceStep[], n: number): number | undefined {
  const current = steps[n - 1];
  const next = steps[n];
  if (!current || !next) return undefined;
  return Math.max(0, next.day - current.day);
}
