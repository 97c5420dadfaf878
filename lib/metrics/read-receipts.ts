import { fold } from '../locale/fold';
import { receiptSubject } from '../locale/words/find-words';
import type { TouchCopy } from './duplicate-rules';

/**
 * The copies with each read receipt of a mail the rep sent ("Read: Pallet pricing", "Gelesen: …",
 * locale data) marked automated: the contact opened the mail, she did not answer it (metrics.md: an
 * automated inbound email is never a reply). The page reader marks a receipt where its page shows
 * the sent mail too (adapters/auto-replies.ts); here the sent mail may come from another page, an
 * earlier reading or an export, so a deal page's or a CSV file's receipt is no reply either. Only a
 * subject a sent mail of these copies had: a person may open her own subject so ("Read: your
 * proposal, three questions").
 */
export function withReadReceipts(copies: readonly TouchCopy[]): TouchCopy[] {
  const receipts = new Map<TouchCopy, string>();
  for (const copy of copies) {
    const { activity } = copy;
    if (copy.channel !== 'email' || activity.direction !== 'inbound' || activity.automated) continue;
    if (!activity.title.includes(':')) continue;
    const subject = receiptSubject(activity.title);
    if (subject) receipts.set(copy, subject);
  }
  if (receipts.size === 0) return [...copies];
  const sent = new Set(
    copies
      .filter((copy) => copy.channel === 'email' && copy.activity.direction === 'outbound')
      .map((copy) => fold(copy.activity.title).trim()),
  );
  return copies.map((copy) => {
    const subject = receipts.get(copy);
    return subject !== undefined && sent.has(subject)
      ? { ...copy, activity: { ...copy.activity, automated: true } }
      : copy;
  });
}
