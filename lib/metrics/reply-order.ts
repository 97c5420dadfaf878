import { hasTimeOfDay, type Touch } from './touch';

/**
 * Touches in the order a reply is matched to what it answers (replyRate, touchesToFirstReply, the
 * cadence's runs and gone cold):
 * an inbound touch shown with only a date comes after that day's touches with a time of day.
 * It cannot be placed among them, and a reply follows what it answers: the page's "Re: pricing"
 * dated Nov 18 answers the email sent at 10:15 that day (metrics.md is silent; this is the
 * reading a sales lead expects). The rest keep their order.
 */
export function inReplyOrder(touches: readonly Touch[]): readonly Touch[] {
  if (!touches.some(late)) return touches;
  return [...touches].sort((a, b) => replyOrderTime(a) - replyOrderTime(b));
}

/**
 * The instant a touch stands at in reply order (inReplyOrder), in ms. A late one stands at the
 * last millisecond of the day the page printed (`dayEnd`, in the user's zone): "later that day".
 */
export function replyOrderTime(touch: Touch): number {
  return late(touch) ? touch.dayEnd.getTime() : touch.at.getTime();
}

function late(touch: Touch): touch is Touch & { dayEnd: Date } {
  return !hasTimeOfDay(touch.activity) && touch.activity.direction === 'inbound' && touch.dayEnd !== undefined;
}
