import { inReplyOrder, replyOrderTime } from './reply-order';
import { isHeldMeeting, isOutbound, isReply, type Touch } from './touch';

interface Period {
  start: Date;
  end: Date;
}

/**
 * The period's first outcome (the first touch matching `isOutcome` in it) and the outbound touches
 * that led to it: every one since the outcome before it, or since the first touch, whether or not
 * inside the period (metrics.md: "outbound touches before the first inbound reply or held
 * meeting"). The period decides which outcome is shown, not how many touches came before it: cut
 * at the period's start, a reply after five emails read "after 0" in the last 7 days, which says
 * the contact spoke first. With `answeredLater`, an outcome just after a period that has ended is
 * the period's when an outbound touch of the period led to it, as the reply rate counts an email
 * of the period answered after it. Null when the period has no such outcome.
 */
function outboundBefore(
  touches: readonly Touch[],
  period: Period,
  isOutcome: (t: Touch) => boolean,
  at: (t: Touch) => number,
  answeredLater: boolean,
): number | null {
  let since = 0;
  let sinceInPeriod = 0;
  for (const touch of touches) {
    const time = at(touch);
    if (isOutcome(touch) && time >= period.start.getTime()) {
      if (touch.at.getTime() <= period.end.getTime() || (answeredLater && sinceInPeriod > 0)) return since;
      return null;
    }
    if (isOutcome(touch)) {
      since = 0;
      sinceInPeriod = 0;
    } else if (isOutbound(touch)) {
      since++;
      if (time >= period.start.getTime() && touch.at.getTime() <= period.end.getTime()) sinceInPeriod++;
    }
  }
  return null;
}

/**
 * Outbound touches before the period's first reply (any inbound touch), touches oldest first; 0
 * when the contact spoke first. A reply after a period that has ended (last quarter) to the
 * period's outreach is the period's, as the reply rate counts it.
 */
export function touchesToFirstReply(touches: readonly Touch[], period: Period): number | null {
  return outboundBefore(inReplyOrder(touches), period, isReply, replyOrderTime, true);
}

/** Outbound touches before the period's first held meeting; the meeting itself is not counted. */
export function touchesToFirstMeeting(touches: readonly Touch[], period: Period): number | null {
  return outboundBefore(touches, period, isHeldMeeting, (t) => t.at.getTime(), false);
}
