import { fold } from '../locale/fold';
import { receiptSubject } from '../locale/words/find-words';
import type { Activity } from '../schema/activity';
import type { TouchCopy } from './duplicate-rules';

/**
 * The copies with each read receipt of a mail the rep sent ("Read: Pallet pricing", "Gelesen: …",
 * locale data) marked automated: the contact opened the mail, she did not answer it (metrics.md: an
 * automated inbound email is never a reply). The page reader marks a receipt where its page shows
 * the sent mail too (adapters/auto-replies.ts); here the sent mail may come from another page, an
 * earlier reading or an export, so a deal page's or a CSV file's receipt is no reply either. Only a
 * subject a sent mail of these copies had, sent before it: a person may open her own subject so
 * ("Read: your proposal, three questions", or a subject the rep took up later).
 */
export function withReadReceipts<T extends TouchCopy>(copies: readonly T[]): T[] {
  if (!copies.some((copy) => mayBeReadReceipt(copy.activity))) return [...copies];
  const sent = firstSendings(copies);
  return copies.map((copy) => {
    const subject = receiptOf(copy.activity);
    const first = subject === undefined ? undefined : sent.get(subject);
    const follows = first !== undefined && first <= (copy.dayEnd ?? copy.at).getTime();
    return follows ? { ...copy, activity: { ...copy.activity, automated: true } } : copy;
  });
}

/**
 * Undated activities with each receipt of a subject the copies show sent, dated or not, marked automated
 * (an undated reply would otherwise leave the reply rate unknown). With no date of its own, when
 * Touchline first saw it is all that places it: one seen before the subject's first sending is
 * the person's own mail, as a dated one before it is (withReadReceipts).
 */
export function undatedReadReceipts(undated: readonly Activity[], copies: readonly TouchCopy[]): Activity[] {
  if (!undated.some(mayBeReadReceipt)) return [...undated];
  const sent = firstSendings(copies);
  // An undated sent mail is placed by when Touchline first saw it too; one never seen so, before any receipt.
  for (const activity of undated) {
    const title = sentSubject(activity);
    if (title === undefined) continue;
    const seen = Date.parse(activity.firstSeenAt ?? '');
    sent.set(
      title,
      Math.min(sent.get(title) ?? Number.POSITIVE_INFINITY, Number.isNaN(seen) ? Number.NEGATIVE_INFINITY : seen),
    );
  }
  return undated.map((activity) => {
    const subject = receiptOf(activity);
    const first = subject === undefined ? undefined : sent.get(subject);
    const seen = Date.parse(activity.firstSeenAt ?? '');
    const follows = first !== undefined && !(seen < first);
    return follows ? { ...activity, automated: true } : activity;
  });
}

/** Whether the activity reads as a receipt of some subject: a cheap test before looking for its mail. */
export function mayBeReadReceipt(activity: Activity): boolean {
  return receiptOf(activity) !== undefined;
}

/** The subject a receipt says was read, folded as sentSubject folds a sent mail's; none for any other activity. */
export function receiptOf(activity: Activity): string | undefined {
  if (activity.type !== 'email' || activity.direction !== 'inbound' || activity.automated) return undefined;
  return activity.title.includes(':') ? receiptSubject(activity.title) : undefined;
}

/** Each sent subject's first sending: a receipt follows its mail (by the end of its day where dated so). */
function firstSendings(copies: readonly TouchCopy[]): Map<string, number> {
  const sent = new Map<string, number>();
  for (const copy of copies) {
    const title = sentSubject(copy.activity);
    if (title === undefined) continue;
    sent.set(title, Math.min(sent.get(title) ?? Number.POSITIVE_INFINITY, copy.at.getTime()));
  }
  return sent;
}

/** The subject of a mail the rep sent, as a receipt would name it; none for any other activity. */
export function sentSubject(activity: Activity): string | undefined {
  return activity.type === 'email' && activity.direction === 'outbound' ? fold(activity.title).trim() : undefined;
}
