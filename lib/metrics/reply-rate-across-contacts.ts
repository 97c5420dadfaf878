import type { Rate } from '../schema/view-model';
import { rate, replyRate } from './rates';
import type { Touch } from './touch';

/**
 * Reply rate over many contacts: an email is answered by its own contact's reply (metrics.md),
 * so the rate is taken per relationship (the first contact a touch names, else its deal) and the
 * answered and sent emails are summed; one contact's reply never answers another's email.
 */
export function teamReplyRate(touches: readonly Touch[]): Rate {
  const threads = new Map<string, Touch[]>();
  for (const touch of touches) {
    if (touch.channel !== 'email') continue;
    const key = touch.contactKeys[0] ?? touch.activity.dealKeys[0] ?? touch.key;
    const thread = threads.get(key);
    if (thread) thread.push(touch);
    else threads.set(key, [touch]);
  }
  let answered = 0;
  let sent = 0;
  for (const thread of threads.values()) {
    const own = replyRate(thread);
    answered += own.numerator;
    sent += own.denominator;
  }
  return rate(answered, sent, 'no-outbound-email');
}
