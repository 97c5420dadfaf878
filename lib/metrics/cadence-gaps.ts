import {
  type CadenceSettings,
  cadenceRuns,
  cadenceSteps,
  cadenceTouches,
  matchedSteps,
  spacingAfterStep,
} from './cadence';
import type { ResolvedPeriod } from './period';
import { inReplyOrder, replyOrderTime } from './reply-order';
import type { Touch } from './touch';
import { dayNumber, elapsedDays } from './zoned-days';

/** Grace on top of the planned spacing before a late step is a gap (metrics.md). */
export const GAP_GRACE_DAYS = 1;

export interface CadenceGap {
  from: Date;
  /** The next outbound touch, or now for the open interval after the last one. */
  to: Date;
  /** Calendar days in the user's zone, as the panel shows it ("gap: 8 d"). */
  days: number;
  /** Which rule made it a gap: the planned step spacing, or the follow-up limit. */
  rule: 'step' | 'follow-up';
}

/**
 * Gaps over a contact's whole history (touches oldest first). Each interval between consecutive
 * outbound touches, and from the last one to now, is judged by:
 * - the planned spacing to the next step + 1 day of grace, in business days when weekends are
 *   excluded (a Friday → Tuesday interval is 2 days), while the interval starts at a cadence step
 *   that has a next step, up to the reply that ends the cadence if one came inside the interval
 *   (a step already late before the contact answered was a gap: metrics.md's reply ends the
 *   cadence "from then on");
 * - otherwise (after the last step, after a reply, or for touches beyond the cadence) the
 *   follow-up limit in calendar days, counted from the latest outbound touch or reply (see silences).
 * An interval is a gap when it is longer than its limit. The silence that separates two cadence
 * runs is a gap too: the contact went unworked for longer than the follow-up limit. `leftOut`: the
 * automated touches the setting leaves out of `touches`, whose outreach a reply may answer (cadenceRuns).
 */
export function cadenceGaps(
  touches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
  leftOut: readonly Touch[] = [],
): CadenceGap[] {
  const steps = cadenceSteps(settings);
  const runs = cadenceRuns(touches, settings, leftOut);
  // Where a silence can end: an automated inbound touch is no such place (cadenceTouches).
  const instants = inReplyOrder(cadenceTouches(touches)).map(replyOrderTime);
  const gaps: CadenceGap[] = [];
  runs.forEach((run, r) => {
    const matched = matchedSteps(run, steps);
    run.outbound.forEach((start, i) => {
      // A later run may hold only a reply to outreach left out (cadenceRuns): the interval runs on to the next outbound touch.
      const end =
        run.outbound[i + 1]?.at ?? runs.slice(r + 1).find((next) => next.outbound.length > 0)?.outbound[0]?.at ?? now;
      const spacing = i + 1 <= matched ? spacingAfterStep(steps, i + 1) : undefined;
      const reply = run.replyAt !== undefined && run.replyAt.getTime() <= end.getTime() ? run.replyAt : undefined;
      if (spacing === undefined || (reply && reply.getTime() <= start.at.getTime())) {
        gaps.push(...silences(start.at, end, instants, settings));
        return;
      }
      const late = stepGap(start.at, reply ?? end, spacing, settings);
      if (late) gaps.push(late);
      if (reply) gaps.push(...silences(reply, end, instants, settings));
    });
  });
  return gaps;
}

/**
 * Under the follow-up limit, what lapses is the contact: the stretches of the interval with no
 * outbound touch and no reply (a reply or a call from them starts the count again; an
 * out-of-office does not, see cadenceTouches), longer than the limit. So after a reply the gap is
 * counted from the reply, as the follow-up's due date is.
 */
function silences(from: Date, to: Date, instants: readonly number[], settings: CadenceSettings): CadenceGap[] {
  const inside = instants.filter((t) => t > from.getTime() && t < to.getTime()).map((t) => new Date(t));
  const stops = [from, ...inside, to];
  return stops.slice(1).flatMap((end, i) => followUpGap(stops[i] as Date, end, settings) ?? []);
}

/** The interval from a cadence step to `to`, when longer than the planned spacing plus the grace. */
export function stepGap(from: Date, to: Date, spacing: number, settings: CadenceSettings): CadenceGap | undefined {
  const fromDay = dayNumber(from, settings.timeZone);
  const toDay = dayNumber(to, settings.timeZone);
  if (elapsedDays(fromDay, toDay, settings.businessDays) <= spacing + GAP_GRACE_DAYS) return undefined;
  return { from, to, days: toDay - fromDay, rule: 'step' };
}

function followUpGap(from: Date, to: Date, settings: CadenceSettings): CadenceGap | undefined {
  const days = dayNumber(to, settings.timeZone) - dayNumber(from, settings.timeZone);
  return days > settings.followUpDays ? { from, to, days, rule: 'follow-up' } : undefined;
}

/** Gaps that overlap the period, either end included: a lapse partly inside the period is the period's. */
export function gapsInPeriod(gaps: readonly CadenceGap[], period: Pick<ResolvedPeriod, 'start' | 'end'>): CadenceGap[] {
  return gaps.filter((g) => g.to.getTime() >= period.start.getTime() && g.from.getTime() <= period.end.getTime());
}
