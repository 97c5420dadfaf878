import type { Motion } from '../schema/settings';
import { BENCHMARK_BANDS } from './benchmark-band';
import { isConnectedCall, isHeldMeeting, isReply, type Touch } from './touch';

/**
 * Effort in the wrong place: more touches in the period than the top of the motion's band
 * (20 for enterprise) and not one reply, connected call or held meeting in it. `touches` is the
 * headline count; the flag applies whatever the period length, since many unanswered touches in
 * a short period are no better than in a long one.
 */
export function isVanity(motion: Motion, touches: number, periodTouches: readonly Touch[]): boolean {
  if (touches <= BENCHMARK_BANDS[motion].high) return false;
  return !periodTouches.some((t) => isReply(t) || isConnectedCall(t) || isHeldMeeting(t));
}
