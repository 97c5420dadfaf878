import { isHeldMeeting, type Touch } from './touch';

/** Meetings held among the given touches (see isHeldMeeting: booked is not held, no-shows are not touches). */
export function meetingsHeld(touches: readonly Touch[]): number {
  return touches.filter(isHeldMeeting).length;
}

/** Calls and meetings whose outcome the page did not show (absent or `unknown`), so the panel can say how many. */
export function unknownOutcomes(touches: readonly Touch[]): number {
  return touches.filter(
    (t) => (t.channel === 'call' || t.channel === 'meeting') && (t.activity.outcome ?? 'unknown') === 'unknown',
  ).length;
}
