import { inReplyOrder } from './reply-order';
import { isHeldMeeting, isOutbound, isReply, type Touch } from './touch';

/**
 * Outbound touches before the first touch matching `isOutcome`, among touches in time order;
 * null when the outcome never happened. Counted within the given touches (the period's), like
 * every other number on the panel: a reply before the period started is not this period's.
 */
function outboundBefore(touches: readonly Touch[], isOutcome: (t: Touch) => boolean): number | null {
  const index = touches.findIndex(isOutcome);
  if (index === -1) return null;
  return touches.slice(0, index).filter(isOutbound).length;
}

/** Outbound touches before the first reply (any inbound touch); 0 when the contact spoke first. */
export function touchesToFirstReply(touches: readonly Touch[]): number | null {
  return outboundBefore(inReplyOrder(touches), isReply);
}

/** Outbound touches before the first held meeting; the meeting itself is not counted. */
export function touchesToFirstMeeting(touches: readonly Touch[]): number | null {
  return outboundBefore(touches, isHeldMeeting);
}
