import type { Rate } from '../schema/view-model';
import { isInPeriod, type ResolvedPeriod } from './period';
import { inReplyOrder } from './reply-order';
import { isConnectedCall, isReply, type Touch } from './touch';
import { countsInHeadline } from './touch-counts';

/**
 * A share that may not be computable: with a zero denominator the value is null and `reason`
 * says why (the panel shows "—", never 0 % or NaN). The value is rounded to 2 decimals, as the
 * panel shows it. Callers count a numerator that is part of the denominator, so it is in [0, 1].
 */
export function rate(numerator: number, denominator: number, reason: string): Rate {
  if (denominator === 0) return { value: null, numerator, denominator, reason };
  return { value: Math.round((numerator / denominator) * 100) / 100, numerator, denominator };
}

/**
 * The share of outbound emails answered (metrics.md, Reply rate), over touches oldest first: an
 * outbound email is answered when a reply email (inbound, not automated: see isReply) follows it
 * before the next outbound email. A second reply answers nothing more, and an email answered late,
 * after the next one went out, is the next one's answer. Emails whose direction the page did not
 * show are on neither side: guessing would move the rate either way. With `countAutomated` off,
 * automated emails are in neither count, yet each is still "the next outbound email": a reply
 * after a sequence email answers the sequence, not the manual email before it.
 * With `sentIn`, only emails sent in that period are counted; their answers may come after it
 * (the period picks the emails, not when they may be answered), so `touches` should run on to now.
 */
export function replyRate(
  touches: readonly Touch[],
  countAutomated = true,
  sentIn?: Pick<ResolvedPeriod, 'start' | 'end'>,
): Rate {
  const { sent, answered } = replyTally(touches, countAutomated, undefined, sentIn);
  return rate(answered.size, sent.size, noEmailReason(touches, countAutomated, sentIn));
}

/**
 * Why a reply rate has no email to count: none went out, or only automated ones that the user
 * leaves out (then "no outbound emails in period" would deny the sequence emails the panel lists).
 */
export function noEmailReason(
  touches: readonly Touch[],
  countAutomated: boolean,
  sentIn?: Pick<ResolvedPeriod, 'start' | 'end'>,
): string {
  const leftOut = touches.some(
    (t) =>
      t.channel === 'email' &&
      t.activity.direction === 'outbound' &&
      !countsInHeadline(t, countAutomated) &&
      (!sentIn || isInPeriod(t.at, sentIn)),
  );
  return leftOut ? 'automated-emails-not-counted' : 'no-outbound-email';
}

/**
 * A reply rate with unanswered emails is not known when the page showed replies it gave no date:
 * each may answer one of them, so "0 of 1" would be a confident figure the page does not support.
 */
export function unsureOfUndatedReplies(rate: Rate, undatedReplies: number): Rate {
  if (undatedReplies === 0 || rate.numerator === rate.denominator) return rate;
  return { ...rate, value: null, reason: 'undated-replies' };
}

export interface ReplyTally {
  sent: Set<Touch>;
  answered: Set<Touch>;
}

/** One relationship's counted outbound emails and those answered (replyRate's rule), added to `into`. */
export function replyTally(
  touches: readonly Touch[],
  countAutomated: boolean,
  into: ReplyTally = { sent: new Set(), answered: new Set() },
  sentIn?: Pick<ResolvedPeriod, 'start' | 'end'>,
): ReplyTally {
  let awaiting: Touch | undefined;
  for (const touch of inReplyOrder(touches)) {
    if (touch.channel !== 'email') continue;
    if (touch.activity.direction === 'outbound') {
      const counted = countsInHeadline(touch, countAutomated) && (!sentIn || isInPeriod(touch.at, sentIn));
      awaiting = counted ? touch : undefined;
      if (awaiting) into.sent.add(awaiting);
    } else if (awaiting && isReply(touch)) {
      into.answered.add(awaiting);
      awaiting = undefined;
    }
  }
  return into;
}

/**
 * Connected calls / call attempts. Attempts are the rep's calls (outbound, or direction not
 * shown); a call the contact placed is not an attempt. A call whose outcome the page does not
 * show is an attempt and not a connect.
 */
export function connectRate(touches: readonly Touch[]): Rate {
  const attempts = callAttempts(touches);
  return rate(attempts.filter(isConnectedCall).length, attempts.length, 'no-calls');
}

/** The rep's calls among the touches: the connect rate's attempts. */
export function callAttempts(touches: readonly Touch[]): Touch[] {
  return touches.filter((t) => t.channel === 'call' && t.activity.direction !== 'inbound');
}
