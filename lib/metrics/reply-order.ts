import { hasTimeOfDay, type Touch } from './touch';
import { DAY_MS } from './zoned-days';

/**
 * Touches in the order a reply is matched to what it answers (replyRate, touchesToFirstReply):
 * an inbound touch shown with only a date comes after that day's touches with a time of day.
 * It cannot be placed among them, and a reply follows what it answers: the page's "Re: pricing"
 * dated Nov 18 answers the email sent at 10:15 that day (metrics.md is silent; this is the
 * reading a sales lead expects). The rest keep their order.
 */
export function inReplyOrder(touches: readonly Touch[]): readonly Touch[] {
  const late = (t: Touch) => !hasTimeOfDay(t.activity) && t.activity.direction === 'inbound';
  if (!touches.some(late)) return touches;
  // Stored as the start of the day the page printed: its last millisecond stands for "later that day".
  const at = (t: Touch) => t.at.getTime() + (late(t) ? DAY_MS - 1 : 0);
  return [...touches].sort((a, b) => at(a) - at(b));
}
