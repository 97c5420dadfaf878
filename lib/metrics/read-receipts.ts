import { fold } from '../locale/fold';
import { receiptSubject } from '../locale/words/find-words';
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
  // Each sent subject's first sending: a receipt follows its mail (by the end of its day where dated so).
  const sent = new Map<string, number>();
  for (const copy of copies) {
    if (copy.channel !== 'email' || copy.activity.direction !== 'outbound') continue;
    const title = fold(copy.activity.title).trim();
    sent.set(title, Math.min(sent.get(title) ?? Number.POSITIVE_INFINITY, copy.at.getTime()));
  }
  return copies.map((copy) => {
    const subject = receipts.get(copy);
    const first = subject === undefined ? undefined : sent.get(subject);
    const follows = first !== undefined && first <= (copy.dayEnd ?? copy.at).getTime();
    return follows ? { ...copy, activity: { ...copy.activity, automated: true } } : copy;
  });
}
