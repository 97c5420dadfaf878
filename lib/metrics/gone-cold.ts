import { type CadenceSettings, cadenceRuns, cadenceSteps, spacingAfterStep } from './cadence';
import { daysSinceLastTouch } from './days-since';
import { isHeldMeeting, isReply, type Touch } from './touch';
import { dayNumber, elapsedDays } from './zoned-days';

export interface GoneCold {
  cold: boolean;
  reason?: string;
}

/**
 * Gone cold (metrics.md), for a contact's touches (all history, oldest first):
 * - no touch either way for longer than the follow-up limit (calendar days) and no reply or held
 *   meeting in the period; or
 * - the lone touch: the latest cadence run is one outbound touch with nothing at all after it,
 *   for longer than the planned spacing to step 2 (business days when weekends are excluded).
 *   A cadence with a single step has no step 2: only the first rule applies.
 * A contact never touched has not gone cold: it was never warm.
 */
export function goneCold(
  touches: readonly Touch[],
  periodTouches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
): GoneCold {
  const days = daysSinceLastTouch(touches, now, settings.timeZone);
  if (days === null) return { cold: false };
  const answered = periodTouches.some((t) => isReply(t) || isHeldMeeting(t));
  if (days > settings.followUpLimitDays && !answered) {
    return {
      cold: true,
      reason: `No touch for ${days} days (follow-up limit ${settings.followUpLimitDays}) and no reply or held meeting in the period.`,
    };
  }
  return loneTouch(touches, settings, now) ?? { cold: false };
}

function loneTouch(touches: readonly Touch[], settings: CadenceSettings, now: Date): GoneCold | undefined {
  const run = cadenceRuns(touches, settings).at(-1);
  const lone = run?.outbound.length === 1 ? run.outbound[0] : undefined;
  const spacing = spacingAfterStep(cadenceSteps(settings), 1);
  if (!lone || lone !== touches.at(-1) || spacing === undefined) return undefined;
  const waited = elapsedDays(
    dayNumber(lone.at, settings.timeZone),
    dayNumber(now, settings.timeZone),
    settings.businessDays,
  );
  if (waited <= spacing) return undefined;
  const unit = settings.businessDays ? 'business days' : 'days';
  return {
    cold: true,
    reason: `A single ${lone.channel} ${waited} ${unit} ago and nothing since: a lone ${lone.channel} is not a cadence.`,
  };
}
