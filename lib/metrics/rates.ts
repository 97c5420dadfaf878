import type { Rate } from '../schema/view-model';
import { isConnectedCall, type Touch } from './touch';

/**
 * A share that may not be computable: with a zero denominator the value is null and `reason`
 * says why (the panel shows "—", never 0 % or NaN). The value is rounded to 2 decimals, as the
 * panel shows it, and capped at 1: a contact who replies twice to one email is at 100 %, with
 * the raw counts kept in numerator and denominator.
 */
export function rate(numerator: number, denominator: number, reason: string): Rate {
  if (denominator === 0) return { value: null, numerator, denominator, reason };
  return { value: Math.min(1, Math.round((numerator / denominator) * 100) / 100), numerator, denominator };
}

/**
 * Inbound emails / outbound emails among the given touches. Emails whose direction the page did
 * not show are on neither side: guessing would move the rate either way. Automated sequence
 * emails are outbound emails whatever `countAutomated` says: a reply to them is still a reply.
 */
export function replyRate(touches: readonly Touch[]): Rate {
  const emails = touches.filter((t) => t.channel === 'email');
  const inbound = emails.filter((t) => t.activity.direction === 'inbound').length;
  const outbound = emails.filter((t) => t.activity.direction === 'outbound').length;
  return rate(inbound, outbound, 'no-outbound-email');
}

/**
 * Connected calls / call attempts. Attempts are the rep's calls (outbound, or direction not
 * shown); a call the contact placed is not an attempt. A call whose outcome the page does not
 * show is an attempt and not a connect.
 */
export function connectRate(touches: readonly Touch[]): Rate {
  const attempts = touches.filter((t) => t.channel === 'call' && t.activity.direction !== 'inbound');
  return rate(attempts.filter(isConnectedCall).length, attempts.length, 'no-calls');
}
