import type { Rate } from '../schema/view-model';
import type { ResolvedPeriod } from './period';
import { noEmailReason, type ReplyTally, rate, replyTally } from './rates';
import type { Touch } from './touch';

/**
 * Reply rate over many contacts: an email is answered by its own contact's reply (metrics.md),
 * so the rule runs per relationship (each contact a touch names, else its deal) and one
 * contact's reply never answers another's email. An email to several contacts is one email,
 * answered when any of them replies to it. `sentIn` as in replyRate.
 */
export function teamReplyRate(
  touches: readonly Touch[],
  countAutomated: boolean,
  sentIn?: Pick<ResolvedPeriod, 'start' | 'end'>,
): Rate {
  const threads = new Map<string, Touch[]>();
  for (const touch of touches) {
    if (touch.channel !== 'email') continue;
    for (const key of replyThreadKeys(touch)) {
      const thread = threads.get(key);
      if (thread) thread.push(touch);
      else threads.set(key, [touch]);
    }
  }
  const tally: ReplyTally = { sent: new Set(), answered: new Set() };
  for (const thread of threads.values()) replyTally(thread, countAutomated, tally, sentIn);
  return rate(tally.answered.size, tally.sent.size, noEmailReason(touches, countAutomated, sentIn));
}

/** The relationships whose threads a touch is on (teamReplyRate): each contact it names, else its deal. */
export function replyThreadKeys(touch: Touch): readonly string[] {
  return touch.contactKeys.length > 0 ? touch.contactKeys : [touch.activity.dealKeys[0] ?? touch.key];
}
