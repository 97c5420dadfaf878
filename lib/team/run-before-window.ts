import { type CadenceSettings, cadenceRuns, cadenceSteps } from '../metrics/cadence';
import type { Touch } from '../metrics/touch';
import { dayNumber } from '../metrics/zoned-days';

/**
 * Whether touches from before the weeks read could change a contact's next step or lone-touch
 * flag (touches of the weeks read, oldest first). Only the latest cadence run decides those, and
 * touches before the window change it only when it may have begun before the window (no
 * outbound touch in the window at all, or a single run with no silence longer than the follow-up
 * limit between the window's start and its first step) while the window's part of it neither
 * ended with a reply nor holds every step: a reply, or every step done, gives the follow-up on
 * the last touch however the run began. The follow-up's channel comes from the latest touch that
 * has one, which a window of completed tasks only lacks. `leftOut`: the automated touches of the
 * weeks read the setting leaves out of `touches`; a reply to a sequence email among them ends the
 * run however it began (cadenceRuns).
 */
export function mayContinueFromBefore(
  touches: readonly Touch[],
  settings: CadenceSettings,
  windowStart: Date,
  leftOut: readonly Touch[] = [],
): boolean {
  if (touches.length === 0) return false;
  if (touches.every((t) => t.channel === 'task')) return true;
  const steps = cadenceSteps(settings).length;
  const runs = cadenceRuns(touches, settings, leftOut);
  const run = runs[0];
  if (!run) return steps > 0;
  if (runs.length > 1 || run.replyAt !== undefined || run.outbound.length >= steps) return false;
  let previous = dayNumber(windowStart, settings.timeZone);
  for (const touch of touches) {
    const day = dayNumber(touch.at, settings.timeZone);
    if (day - previous > settings.followUpDays) return false;
    if (touch === run.outbound[0]) return true;
    previous = day;
  }
  return true;
}
