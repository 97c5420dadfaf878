import { isInPeriod, type ResolvedPeriod } from './period';
import { inReplyOrder } from './reply-order';
import { isReply, type Touch } from './touch';
import { countsInHeadline } from './touch-counts';

/**
 * A deal's emails with the contacts reply matching pairs them by (teamReplyRate keys a thread by
 * the contacts a touch names, else by the deal). Deal timelines rarely say which contact a touch
 * was with (contracts.md), so a reply on the deal's own timeline would sit on the deal's thread
 * and never answer the email to its contact that it follows (metrics.md "Reply rate": an email
 * is answered by a reply that follows it before the next outbound email). metrics.md is silent on
 * whose such a touch is; the choice here:
 * - on a deal whose page lists exactly one contact, an email naming no contact is that contact's;
 * - with several contacts (or none listed), a reply naming no contact answers the latest outbound
 *   email on the deal before it in reply order, whichever contact that went to (it joins that
 *   email's thread), as the team page gives such a reply to the rep whose email it follows
 *   (repliesByRep); an outbound email naming no contact joins the thread of the contacts whose
 *   reply follows it as the latest outbound email on the deal, where the reply answers no email of
 *   their own that the rate counts (a deal timeline that names a reply's sender may still show the
 *   email without its recipient: "0 of 1 answered" would be wrong; Rita's reply to her own
 *   unanswered email stays hers), and otherwise stays on the deal's thread. An email of hers the
 *   rate does not count (sent before the period, or a sequence email the setting leaves out)
 *   does not hold her reply: either email may be the one it answers, and giving it to the one
 *   not counted would show "0 of 1 answered" beside her reply.
 * `touches` are the deal's and its contacts' touches, oldest first; `dealContacts` the keys of
 * the contacts the deal's page lists; `countAutomated` and `sentIn` as given to teamReplyRate
 * (without them every email counts).
 */
export function withDealReplyThreads(
  touches: readonly Touch[],
  dealContacts: readonly string[],
  countAutomated = true,
  sentIn?: Pick<ResolvedPeriod, 'start' | 'end'>,
): readonly Touch[] {
  const unnamedEmail = (touch: Touch) => touch.channel === 'email' && touch.contactKeys.length === 0;
  const [only, ...others] = dealContacts;
  if (only !== undefined && others.length === 0)
    return touches.map((touch) => (unnamedEmail(touch) ? { ...touch, contactKeys: [only] } : touch));
  const answering = new Map<Touch, string[]>();
  const lastEmailOf = new Map<string, Touch>();
  const answered = new Set<Touch>();
  const counted = (email: Touch) =>
    countsInHeadline(email, countAutomated) && (sentIn === undefined || isInPeriod(email.at, sentIn));
  // A contact whose latest email the rate counts and no reply has answered yet: a reply of hers answers that one.
  const awaiting = (key: string) => {
    const email = lastEmailOf.get(key);
    return email !== undefined && !answered.has(email) && counted(email);
  };
  const repliesTo = new Map<Touch, Touch[]>();
  let latest: Touch | undefined;
  for (const touch of inReplyOrder(touches)) {
    if (touch.channel !== 'email') continue;
    if (touch.activity.direction === 'outbound') {
      latest = touch;
      for (const key of touch.contactKeys) lastEmailOf.set(key, touch);
    } else if (!latest || !isReply(touch)) continue;
    else if (unnamedEmail(touch)) {
      answering.set(touch, answering.get(latest) ?? latest.contactKeys);
      repliesTo.set(latest, [...(repliesTo.get(latest) ?? []), touch]);
      answered.add(latest);
    } else {
      if (unnamedEmail(latest) && !touch.contactKeys.some(awaiting)) {
        const keys = [...new Set([...(answering.get(latest) ?? []), ...touch.contactKeys])];
        // The replies naming nobody that answered it go with it, or they would answer an email before it.
        for (const moved of [latest, ...(repliesTo.get(latest) ?? [])]) answering.set(moved, keys);
      }
      // Her reply answers her latest email, for all it went to (a group email answered by one of them).
      for (const key of touch.contactKeys) {
        const email = lastEmailOf.get(key);
        if (email) answered.add(email);
      }
    }
  }
  if (answering.size === 0) return touches;
  return touches.map((touch) => {
    const contactKeys = answering.get(touch);
    return contactKeys ? { ...touch, contactKeys } : touch;
  });
}
