import { type CadenceSettings, cadenceRuns, cadenceSteps, loneOutbound, spacingAfterStep } from './cadence';
import { GAP_GRACE_DAYS, stepGap } from './cadence-gaps';
import { daysSinceLastTouch } from './days-since';
import type { Touch } from './touch';

export interface GoneCold {
  cold: boolean;
  reason?: string;
}

/**
 * Gone cold (metrics.md), for a contact's counted touches (all history, oldest first), whatever
 * period the panel shows:
 * - the lone touch: the latest cadence run is one outbound touch with nothing at all after it
 *   (loneOutbound), and step 2 is now a gap by the gap rule (its planned spacing plus the grace,
 *   business days when weekends are excluded), so the flag and the gap count never disagree.
 *   "After it" is in reply order (a reply shown with only a date, on the day of the email, came
 *   after it), and an automatic reply is not something after it. Such a touch is cold exactly
 *   then: "not cold before it is late", even when the follow-up limit is shorter than step 2's
 *   spacing plus the grace;
 * - otherwise, no touch in either direction for longer than the follow-up limit (calendar days).
 *   A cadence with a single step has no step 2: only this rule applies.
 * A lone touch past the follow-up limit as well is given the limit's reason, as any other.
 * A contact never touched has not gone cold: it was never warm. `leftOut`: the automated touches the
 * setting leaves out of `touches`, whose outreach a reply may answer (cadenceRuns).
 */
export function goneCold(
  touches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
  leftOut: readonly Touch[] = [],
): GoneCold {
  const days = daysSinceLastTouch(touches, now, settings.timeZone);
  if (days === null) return { cold: false };
  const pastLimit = days > settings.followUpDays;
  // Past the limit, the lone touch matters only while step 2 may not be late yet (a limit shorter
  // than its spacing): working out every cold contact's cadence slowed the team page's follow-ups.
  const lone =
    pastLimit && !stepTwoMayBeOnTime(days, settings) ? undefined : loneTouch(touches, settings, now, leftOut);
  if (lone && !lone.cold) return lone;
  if (pastLimit) {
    return {
      cold: true,
      reason: `No touch either way for ${days} days (follow-up limit ${settings.followUpDays}).`,
    };
  }
  return lone ?? { cold: false };
}

/** The lone touch's verdict, or undefined when the latest run is no lone touch (or the cadence has no step 2). */
function loneTouch(
  touches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
  leftOut: readonly Touch[],
): GoneCold | undefined {
  const runs = cadenceRuns(touches, settings, leftOut);
  const run = runs.at(-1);
  const lone = run && loneOutbound(run);
  const spacing = spacingAfterStep(cadenceSteps(settings), 1);
  if (!lone || spacing === undefined) return undefined;
  if (!stepGap(lone.at, now, spacing, settings)) return { cold: false };
  const unit = `${settings.businessDays ? 'business ' : ''}${spacing === 1 ? 'day' : 'days'}`;
  // An earlier run of outbound touches before a silence longer than the follow-up limit makes
  // this one a restart; the contact writing in first (an inbound lead) does not.
  const what = runs.length > 1 ? `A new cadence began with one ${lone.channel}` : `A single ${lone.channel}`;
  return {
    cold: true,
    reason: `${what} and nothing since: step 2 was due ${spacing} ${unit} after it (grace ${GAP_GRACE_DAYS}).`,
  };
}

/**
 * Whether step 2, due its spacing plus the grace after a lone touch `days` calendar days ago (or
 * more), may not be a gap yet: a business day count is at least 5/7 of the calendar days less the
 * two days of a weekend at either end, so beyond this bound it surely is.
 */
function stepTwoMayBeOnTime(days: number, settings: CadenceSettings): boolean {
  const spacing = spacingAfterStep(cadenceSteps(settings), 1);
  if (spacing === undefined) return false;
  const late = spacing + GAP_GRACE_DAYS;
  return days <= (settings.businessDays ? Math.ceil(((late + 2) * 7) / 5) + 1 : late);
}
