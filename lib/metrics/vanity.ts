import type { Activity } from '../schema/activity';
import type { BandRange } from '../schema/settings';
import { isConnectedCall, isHeldMeeting, isReply, isReplyActivity, type Touch } from './touch';

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

/**
 * Whether a touch the page showed without a readable date may be the reply, connect or meeting
 * that makes "no reply, connect or meeting" untrue: it may fall in the last 30 days. A meeting is
 * one only once held (isTouch keeps cancelled and planned ones out of the undated touches).
 */
export function mayBeVanityOutcome(undated: Activity): boolean {
  return (
    isReplyActivity(undated) ||
    (undated.type === 'call' && undated.outcome === 'connected') ||
    undated.type === 'meeting'
  );
}
