import type { ResolvedPeriod } from '../metrics/period';
import { type ReplyTally, replyTally } from '../metrics/rates';
import type { Touch } from '../metrics/touch';
import type { Rate } from '../schema/view-model';

/**
 * A rep's (or the team's) reply rate, not known when one of its emails that no reply answers went
 * to a contact with an email reply of no readable date (contactsWithUndatedReplies): that reply
 * may answer it, as the contact's panel says (unsureOfUndatedReplies). Only the threads of such
 * contacts' emails are tallied again, with teamReplyRate's rule: an email to several contacts is
 * answered when any of them replies. `touches` and `sentIn` as given to teamReplyRate.
 */
export function unsureOfUndatedReplyThreads(
  rate: Rate,
  touches: readonly Touch[],
  unsure: ReadonlySet<string>,
  countAutomated: boolean,
  sentIn: Pick<ResolvedPeriod, 'start' | 'end'>,
): Rate {
  if (unsure.size === 0 || rate.value === null || rate.numerator === rate.denominator) return rate;
  const emails = touches.filter((t) => t.channel === 'email');
  const keys = new Set(emails.filter((t) => t.contactKeys.some((k) => unsure.has(k))).flatMap((t) => t.contactKeys));
  if (keys.size === 0) return rate;
  const threads = new Map<string, Touch[]>();
  for (const touch of emails) {
    for (const key of touch.contactKeys) {
      if (!keys.has(key)) continue;
      const thread = threads.get(key);
      if (thread) thread.push(touch);
      else threads.set(key, [touch]);
    }
  }
  const tally: ReplyTally = { sent: new Set(), answered: new Set() };
  for (const thread of threads.values()) replyTally(thread, countAutomated, tally, sentIn);
  for (const email of tally.sent) {
    if (!tally.answered.has(email) && email.contactKeys.some((k) => unsure.has(k)))
      return { ...rate, value: null, reason: 'undated-replies' };
  }
  return rate;
}
