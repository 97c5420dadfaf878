import type { Activity } from '../schema/activity';
import type { BandRange } from '../schema/settings';
import { isConnectedCall, isHeldMeeting, isReplyActivity, type Touch } from './touch';

/**
 * Effort in the wrong place: more headline touches in the last 30 days than the top of the
 * motion's band (20 for enterprise by default) and not one reply, connected call or held meeting
 * among them. Judged over the same 30 days as the band (metrics.md), whatever period the panel
 * shows, so a long period never raises it against a one-month band. A message whose direction the
 * page did not show may be the reply (mayBeReply): "no reply" is then not known.
 */
export function isVanity(band: BandRange, touchesLast30Days: readonly Touch[]): boolean {
  if (touchesLast30Days.length <= band.high) return false;
  return !touchesLast30Days.some((t) => mayBeReply(t.activity) || isConnectedCall(t) || isHeldMeeting(t));
}

/**
 * Whether a touch the page showed without a readable date may be the reply, connect or meeting
 * that makes "no reply, connect or meeting" untrue: it may fall in the last 30 days. A meeting is
 * one only once held (isTouch keeps cancelled and planned ones out of the undated touches).
 */
export function mayBeVanityOutcome(undated: Activity): boolean {
  return (
    mayBeReply(undated) || (undated.type === 'call' && undated.outcome === 'connected') || undated.type === 'meeting'
  );
}

/** Messages: who sent one is in its wording or headers, which a page in another language may hide. */
const MESSAGES: ReadonlySet<Activity['type']> = new Set(['email', 'social', 'sms']);

/**
 * A reply (isReplyActivity), or a message a person sent whose direction the page did not show (a
 * page in a language Touchline has no words for): it may be the contact's answer. A call or
 * meeting of unknown direction is presumed the rep's (isOutbound), as in every other figure.
 */
function mayBeReply(activity: Activity): boolean {
  if (isReplyActivity(activity)) return true;
  return activity.direction === 'unknown' && !activity.automated && MESSAGES.has(activity.type);
}
