import { isHeldMeeting, type Touch } from './touch';

/** Meetings held among the given touches (see isHeldMeeting: booked is not held, no-shows are not touches). */
export function meetingsHeld(touches: readonly Touch[]): number {
  return touches.filter(isHeldMeeting).length;
}

/**
 * Call attempts and meetings whose outcome the page did not show (absent or `unknown`), so the
 * panel can say how many: such a call is in the connect rate's attempts, not its connects. A call
 * the contact placed is no attempt, so it is not counted here either.
 */
export function unknownOutcomes(touches: readonly Touch[]): number {
  return touches.filter(
    (t) =>
      (t.channel === 'meeting' || (t.channel === 'call' && t.activity.direction !== 'inbound')) &&
      (t.activity.outcome ?? 'unknown') === 'unknown',
  ).length;
}
