import type { Activity } from '../schema/activity';
import type { BandRange } from '../schema/settings';
import { isConnectedCall, isHeldMeeting, isReplyActivity, type Touch } from './touch';

/**
 * Effort in the wrong place: more headline touches in the last 30 days than the top of the
 * motion's band (20 for enterprise by default) and not one reply, connected call or held meeting
 * among them. Judged over the same 30 days as the band (metrics.md), whatever period the panel
 * shows, so a long period never raises it against a one-month band. A message whose direction the
 * page did not show may be the reply (mayBeReply), and a call whose result it did not show may
 * have connected (mayHaveConnected): "no reply" or "no connect" is then not known.
 */
export function isVanity(band: BandRange, touchesLast30Days: readonly Touch[]): boolean {
  if (touchesLast30Days.length <= band.high) return false;
  return !touchesLast30Days.some(
    (t) => mayBeReply(t.activity) || isConnectedCall(t) || mayHaveConnected(t.activity) || isHeldMeeting(t),
  );
}

/**
 * Whether a touch the page showed without a readable date may be the reply, connect or meeting
 * that makes "no reply, connect or meeting" untrue: it may fall in the last 30 days. A meeting is
 * one only once held (isTouch keeps cancelled and planned ones out of the undated touches).
 */
export function mayBeVanityOutcome(undated: Activity): boolean {
  return (
    mayBeReply(undated) ||
    (undated.type === 'call' && undated.outcome === 'connected') ||
    mayHaveConnected(undated) ||
    undated.type === 'meeting'
  );
}

/**
 * A call whose result the page did not show (metrics.md "When a number cannot be computed": an
 * attempt with outcome unknown). Salesforce's default Log a Call layout shows no Call Result and
 * Pipedrive calls have no outcome field, so many calls are read so: any of them may have connected.
 */
function mayHaveConnected(activity: Activity): boolean {
  return activity.type === 'call' && (activity.outcome ?? 'unknown') === 'unknown';
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
