import { type Activity, type Channel, channelOf } from '../schema/activity';
import { dayNumber } from './zoned-days';

/**
 * A touch's channel; `task` for a completed task counted as a touch (a setting): it is in the
 * totals but in no channel, since the task does not say how the contact was reached.
 */
export type TouchChannel = Channel | 'task';

/** A touch after duplicates are merged: the merged activity plus the keys of every copy merged into it. */
export interface Touch {
  key: string;
  /** The earliest copy, with the most informative fields of all copies (see mergeDuplicates). */
  activity: Activity;
  channel: TouchChannel;
  at: Date;
  /**
   * For a touch the page dated only by day: the last instant of that day in the user's zone (`at`
   * is its first). Set by collectTouches; a reply so dated stands there (replyOrderTime).
   */
  dayEnd?: Date;
  /** Keys of all copies in the group, the winner's first. */
  copies: string[];
  /**
   * Contacts named by any copy: a deal-timeline copy that names nobody and the contact's own
   * copy are one touch with that contact, whichever copy won.
   */
  contactKeys: string[];
}

export interface TouchRules {
  now: Date;
  /** The user's zone: a date-only meeting is held once its day is over there. */
  timeZone: string;
  /** Count tasks completed against a contact (naming one) as touches (settings, default off). */
  countCompletedTasks?: boolean;
}

/**
 * Whether an activity is a real contact with the person (metrics.md, Vocabulary and Meetings):
 * - calls, emails, meetings, social and sms are touches; notes and system events never are;
 *   a completed task is one only when the user counts completed tasks and it names a contact
 *   (countedTask);
 * - an item the CRM shows as planned is never a touch, whatever its date: a past meeting still
 *   shown as planned was not marked done, so it is not known to have happened;
 * - a cancelled or no-show item is not a touch (a meeting that did not happen is not a contact);
 * - an item dated after `now` is not a touch yet, unless the CRM shows it done (shownDone): it
 *   happened, and collectTouches places it when Touchline first saw it done (seenDoneAt), else at
 *   now; a meeting with a date but no time of day is held only once that day is over in the
 *   user's zone (or when the CRM marked it held): a meeting shown as "Today" is stored at
 *   midnight and may still be ahead;
 * - an activity with `mergedInto` set is a Touchline copy already merged into a page activity.
 * An activity without a timestamp is a touch here but cannot be placed in any period: see
 * collectTouches, which keeps it out of every time-based number.
 */
export function isTouch(activity: Activity, rules: TouchRules, printedAt?: Date): boolean {
  if (activity.mergedInto || activity.planned) return false;
  if (!channelOf(activity.type) && !countedTask(activity, rules)) return false;
  if (wasNotHeld(activity)) return false;
  if (!activity.timestamp || shownDone(activity)) return true;
  const at = new Date(activity.timestamp);
  if (at.getTime() > rules.now.getTime()) return false;
  if (activity.type !== 'meeting' || hasTimeOfDay(activity) || activity.outcome === 'held') return true;
  // The day the page printed (printedAt, see atPrintedDay), in the user's zone.
  return dayNumber(printedAt ?? at, rules.timeZone) < dayNumber(rules.now, rules.timeZone);
}

/**
 * The CRM shows the item done or completed (`planned: false`; absent when the page does not say).
 * Salesforce lists a closed Task under past activity dated by its due day, which may still be
 * ahead: a call due tomorrow, made and completed today, happened (metrics.md: planned items are no
 * touches only while the CRM shows them planned). Without such a mark an item dated after now (an
 * email the page dates tomorrow) is not known to have happened.
 */
export function shownDone(activity: Pick<Activity, 'planned'>): boolean {
  return activity.planned === false;
}

/**
 * metrics.md "Completed tasks": the setting counts tasks completed *against a contact*. A task a
 * deal's timeline shows naming nobody was completed against the deal: no contact was reached, so
 * it is no touch (its copy on a contact's page, naming the contact, is, and counts on the deal).
 */
function countedTask(activity: Activity, rules: TouchRules): boolean {
  return activity.type === 'task' && rules.countCompletedTasks === true && activity.contactKeys.length > 0;
}

/** metrics.md: a meeting cancelled, missed or moved to another time was not held. */
export function wasNotHeld(activity: Pick<Activity, 'outcome'>): boolean {
  return activity.outcome === 'cancelled' || activity.outcome === 'no-show' || activity.outcome === 'rescheduled';
}

/** Whether the page showed a time of day; rows stored before precision was recorded had one. */
export function hasTimeOfDay(activity: Activity): boolean {
  return activity.timePrecision !== 'day';
}

/**
 * Rep-to-contact for cadence, connect attempts and touches-to-first-outcome. A touch whose
 * direction the page did not show is presumed to be the rep's (logged calls and meetings rarely
 * say); only an explicit inbound touch is the contact's.
 */
export function isOutbound(touch: Touch): boolean {
  return touch.activity.direction !== 'inbound';
}

/**
 * A reply is an inbound touch a person sent: an email reply, a call back, a LinkedIn or SMS
 * answer. An automated inbound touch (auto-reply, out-of-office) is never a reply.
 */
export function isReply(touch: Touch): boolean {
  return isReplyActivity(touch.activity);
}

/** isReply for an activity that is no touch yet (an undated one). */
export function isReplyActivity(activity: Activity): boolean {
  return activity.direction === 'inbound' && !activity.automated;
}

/**
 * A meeting held: only held meetings are touches (see isTouch: not planned, not cancelled or a
 * no-show, its time or its whole day past). A meeting whose outcome the page does not show counts
 * as held once past, as metrics.md defines it, and is also counted among the unknown outcomes so
 * the panel can say so.
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
