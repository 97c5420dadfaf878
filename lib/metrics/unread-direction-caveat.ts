import { type CadenceSettings, cadenceRuns, cadenceSteps } from './cadence';
import type { Touch } from './touch';

/**
 * What the next step adds when the cadence still running counts touches whose direction the page
 * did not show (a Pipedrive mail from the contact's colleague, a Salesforce email to several
 * people): isOutbound counts them as the rep's steps, yet had one come from the contact's side it
 * would have ended the cadence (metrics.md: "an inbound reply ends the cadence"), leaving only the
 * follow-up. The reply rate leaves such touches out and says so; the next step, which cannot
 * leave them out without skipping a step the rep may have done, says what it assumed. A cadence
 * already ended (a reply, a silence, every step done) is due the same way whichever side they came
 * from, and a completed task counted as a touch is the rep's own work whatever the page showed.
 * `leftOut`: the automated touches the setting leaves out of `touches` (cadenceRuns).
 */
export function unreadDirectionCaveat(
  touches: readonly Touch[],
  settings: CadenceSettings,
  leftOut: readonly Touch[] = [],
): string {
  // Most contacts have none: the runs are not worked out again for them (the team page asks for 5,000).
  if (!touches.some(unreadStep)) return '';
  const run = cadenceRuns(touches, settings, leftOut).at(-1);
  if (!run || run.replyAt || run.lapsed || run.outbound.length >= cadenceSteps(settings).length) return '';
  const unread = run.outbound.filter(unreadStep).length;
  if (unread === 0) return '';
  const counted =
    unread === 1
      ? '1 touch whose direction the page did not show is'
      : `${unread} touches whose direction the page did not show are`;
  return ` (${counted} counted as yours: had ${unread === 1 ? 'it' : 'one'} come from the contact, the cadence would have ended.)`;
}

/** A touch counted as the rep's step whose direction the page did not show; a task is the rep's own work. */
function unreadStep(touch: Touch): boolean {
  return touch.activity.direction === 'unknown' && touch.channel !== 'task';
}
