import type { BandRange } from '../schema/settings';
import { isConnectedCall, isHeldMeeting, isReply, type Touch } from './touch';

/**
 * Effort in the wrong place: more headline touches in the last 30 days than the top of the
 * motion's band (20 for enterprise by default) and not one reply, connected call or held meeting
 * among them. Judged over the same 30 days as the band (metrics.md), whatever period the panel
 * shows, so a long period never raises it against a one-month band.
 */
export function isVanity(band: BandRange, touchesLast30Days: readonly Touch[]): boolean {
  if (touchesLast30Days.length <= band.high) return false;
  return !touchesLast30Days.some((t) => isReply(t) || isConnectedCall(t) || isHeldMeeting(t));
}
