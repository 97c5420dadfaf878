import { type Activity, type Channel, channelOf } from '../schema/activity';

/** A touch after duplicates are merged: the winning copy plus the keys of every copy merged into it. */
export interface Touch {
  key: string;
  activity: Activity;
  channel: Channel;
  at: Date;
  /** Keys of all copies in the group, the winner's first. */
  copies: string[];
  /**
   * Contacts named by any copy: a deal-timeline copy that names nobody and the contact's own
   * copy are one touch with that contact, whichever copy won.
   */
  contactKeys: string[];
}

/**
 * Whether an activity is a real contact with the person, as of `now`:
 * - calls, emails, meetings, social and sms are touches; notes, tasks and system events never are;
 * - a cancelled or no-show item is not a touch (a meeting that did not happen is not a contact);
 * - an item dated after `now` is not a touch yet;
 * - a planned meeting becomes a touch once its time has passed (metrics.md); other planned items
 *   (a scheduled call or email task) never are: the CRM logs the real call or email separately;
 * - an activity with `mergedInto` set is a Touchline copy already merged into a page activity.
 * An activity without a timestamp is a touch here but cannot be placed in any period: see
 * collectTouches, which keeps it out of every time-based number.
 */
export function isTouch(activity: Activity, now: Date): boolean {
  if (!channelOf(activity.type) || activity.mergedInto) return false;
  if (activity.outcome === 'cancelled' || activity.outcome === 'no-show') return false;
  if (activity.planned && activity.type !== 'meeting') return false;
  if (!activity.timestamp) return true;
  return Date.parse(activity.timestamp) <= now.getTime();
}

/**
 * Rep-to-contact for cadence, connect attempts and touches-to-first-outcome. A touch whose
 * direction the page did not show is presumed to be the rep's (logged calls and meetings rarely
 * say); only an explicit inbound touch is the contact's.
 */
export function isOutbound(touch: Touch): boolean {
  return touch.activity.direction !== 'inbound';
}

/** A reply is any inbound touch: an email reply, a call back, a LinkedIn or SMS answer. */
export function isReply(touch: Touch): boolean {
  return touch.activity.direction === 'inbound';
}

/**
 * A meeting held: its time has passed and it was not cancelled or a no-show (those are not
 * touches at all). A meeting whose outcome the page does not show counts as held, as metrics.md
 * defines it, and is also counted among the unknown outcomes so the panel can say so.
 */
export function isHeldMeeting(touch: Touch): boolean {
  return touch.channel === 'meeting';
}

export function isConnectedCall(touch: Touch): boolean {
  return touch.channel === 'call' && touch.activity.outcome === 'connected';
}

/** Touches that name the given contact record key. */
export function touchesWith(touches: readonly Touch[], contactKey: string): Touch[] {
  return touches.filter((t) => t.contactKeys.includes(contactKey));
}
