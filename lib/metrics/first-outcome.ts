import { inReplyOrder, replyOrderTime } from './reply-order';
import { isHeldMeeting, isOutbound, isReply, type Touch } from './touch';

interface Period {
  start: Date;
  end: Date;
}

/** Outbound touches before a first outcome; `fromStart` when they run back to the first touch known (no outcome before). */
export interface FirstCount {
  count: number;
  fromStart: boolean;
  /** When the outcome before it came, where one did: the count runs back to there. */
  after?: number;
}

/**
 * The period's first outcome (the first touch matching `isOutcome` in it) and the outbound touches
 * that led to it: every one since the outcome before it, or since the first touch, whether or not
 * inside the period (metrics.md: "outbound touches before the first inbound reply or held
 * meeting"). The period decides which outcome is shown, not how many touches came before it: cut
 * at the period's start, a reply after five emails read "after 0" in the last 7 days, which says
 * the contact spoke first. With `answeredLater`, an outcome after a period that has ended is the
 * period's when an outbound touch of the period was the last before it, as the reply rate counts an
 * email of the period answered after it (an outbound touch after the period is what it answers).
 * Null when the period has no such outcome. `fromStart`: no outcome came before it, so the count
 * runs back to the first touch known (a lower bound where older touches are no longer kept).
 */
function outboundBefore(
  touches: readonly Touch[],
  period: Period,
  isOutcome: (t: Touch) => boolean,
  at: (t: Touch) => number,
  answeredLater: boolean,
): FirstCount | null {
  let fromStart = true;
  let after: number | undefined;
  let since = 0;
  // Whether the latest outbound touch since the last outcome was one of the period's.
  let lastOfPeriod = false;
  for (const touch of touches) {
    const time = at(touch);
    const inPeriod = time >= period.start.getTime() && touch.at.getTime() <= period.end.getTime();
    if (isOutcome(touch) && time >= period.start.getTime()) {
      if (inPeriod || (answeredLater && lastOfPeriod))
        return { count: since, fromStart, ...(after === undefined ? {} : { after }) };
      return null;
    }
    if (isOutcome(touch)) {
      since = 0;
      fromStart = false;
      after = time;
      lastOfPeriod = false;
    } else if (isOutbound(touch)) {
      since++;
      lastOfPeriod = inPeriod;
    }
  }
  return null;
}

/**
 * Outbound touches before the period's first reply (any inbound touch), touches oldest first; 0
 * when the contact spoke first. A reply after a period that has ended (last quarter) to the
 * period's outreach is the period's, as the reply rate counts it.
 */
export function firstReplyCount(touches: readonly Touch[], period: Period): FirstCount | null {
  return outboundBefore(inReplyOrder(touches), period, isReply, replyOrderTime, true);
}

/** Outbound touches before the period's first held meeting; the meeting itself is not counted. */
export function firstMeetingCount(touches: readonly Touch[], period: Period): FirstCount | null {
  return outboundBefore(touches, period, isHeldMeeting, (t) => t.at.getTime(), false);
}

/** firstReplyCount's count alone. */
export function touchesToFirstReply(touches: readonly Touch[], period: Period): number | null {
  return firstReplyCount(touches, period)?.count ?? null;
}

/** firstMeetingCount's count alone. */
export function touchesToFirstMeeting(touches: readonly Touch[], period: Period): number | null {
  return firstMeetingCount(touches, period)?.count ?? null;
}
