import type { Rate } from '../schema/view-model';
import type { ResolvedPeriod } from './period';
import { type ReplyTally, rate as replyShare, replyTally } from './rates';
import { replyThreadKeys } from './reply-rate-across-contacts';
import type { Touch } from './touch';

/**
 * A rep's (or the team's) reply rate as a range when some of its emails that no reply answers went
 * to a contact with an email reply of no readable date (contactsWithUndatedReplies): that reply
 * may answer one of them, as the contact's panel says (unsureOfUndatedReplies). The dated replies
 * give the lower bound; the upper adds one answered email per undated reply, at most each contact's
 * unanswered emails (decisions.md: ranges as in stage time), so one contact of forty no longer
 * hides the whole figure. Only the threads of such contacts' emails (and of emails naming nobody,
 * which a deal's timeline leaves and a contact's reply may answer) are tallied again, with
 * teamReplyRate's rule: an email to several contacts is answered when any of them replies.
 * `touches` and `sentIn` as given to teamReplyRate; `unsure` maps a contact to its undated replies.
 * `unnamed` counts undated replies that name no contact and may be any contact's (on a deal's own
 * timeline, see withDealReplyThreads): each may answer any email no reply answers.
 */
export function unsureOfUndatedReplyThreads(
  rate: Rate,
  touches: readonly Touch[],
  unsure: ReadonlyMap<string, number>,
  countAutomated: boolean,
  sentIn: Pick<ResolvedPeriod, 'start' | 'end'>,
  unnamed = 0,
): Rate {
  if ((unsure.size === 0 && unnamed === 0) || rate.value === null || rate.numerator === rate.denominator) return rate;
  const named = mayBeAnsweredByContact(touches, unsure, countAutomated, sentIn);
  const mayBeAnswered = Math.min(named + unnamed, rate.denominator - rate.numerator);
  if (mayBeAnswered === 0) return rate;
  const upper = replyShare(rate.numerator + mayBeAnswered, rate.denominator, 'undated-replies').value;
  return upper === null ? rate : { ...rate, upper, reason: 'undated-replies' };
}

/**
 * How many of the emails no reply answers the contacts' undated replies (`unsure`) may answer: their
 * own, and any email naming nobody (only a deal's timeline leaves one, and a contact's reply that
 * follows it answers it: withDealReplyThreads).
 */
function mayBeAnsweredByContact(
  touches: readonly Touch[],
  unsure: ReadonlyMap<string, number>,
  countAutomated: boolean,
  sentIn: Pick<ResolvedPeriod, 'start' | 'end'>,
): number {
  if (unsure.size === 0) return 0;
  const emails = touches.filter((t) => t.channel === 'email');
  const keys = new Set(emails.filter((t) => t.contactKeys.some((k) => unsure.has(k))).flatMap((t) => t.contactKeys));
  const threads = new Map<string, Touch[]>();
  for (const touch of emails) {
    const onThreads = namesNobody(touch) ? replyThreadKeys(touch) : touch.contactKeys.filter((k) => keys.has(k));
    for (const key of onThreads) {
      const thread = threads.get(key);
      if (thread) thread.push(touch);
      else threads.set(key, [touch]);
    }
  }
  const tally: ReplyTally = { sent: new Set(), answered: new Set() };
  for (const thread of threads.values()) replyTally(thread, countAutomated, tally, sentIn);
  const open = [...tally.sent].filter((email) => !tally.answered.has(email));
  const openNamingNobody = open.filter(namesNobody).length;
  let mayBeAnswered = 0;
  for (const [key, replies] of unsure)
    mayBeAnswered += Math.min(
      replies,
      open.filter((email) => email.contactKeys.includes(key)).length + openNamingNobody,
    );
  // An email to two such contacts is answered once, however many of them reply.
  return Math.min(
    mayBeAnswered,
    open.filter((email) => namesNobody(email) || email.contactKeys.some((k) => unsure.has(k))).length,
  );
}

function namesNobody(touch: Touch): boolean {
  return touch.contactKeys.length === 0;
}
