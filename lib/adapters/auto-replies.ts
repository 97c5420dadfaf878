import { fold } from '../locale/fold';
import { isOutOfOffice, receiptSubject } from '../locale/words/find-words';
import type { ReadResult } from '../schema/read-result';

/**
 * Marks inbound emails whose subject reads as an out-of-office or automatic reply as automated,
 * in the page's language: metrics.md counts an automated inbound email as no reply. So is a read
 * receipt ("Read: Pallet pricing") for a mail the rep sent that the page shows: opened, not
 * answered. One step for every CRM, after its reader, since no CRM marks such replies itself.
 */
export function markAutoReplies(result: ReadResult, lang: string): ReadResult {
  if (result.status !== 'read') return result;
  const sent = new Set(
    result.activities.filter((a) => a.type === 'email' && a.direction === 'outbound').map((a) => fold(a.title).trim()),
  );
  const receipt = (title: string) => {
    const subject = receiptSubject(title, lang);
    return subject !== undefined && sent.has(subject);
  };
  const activities = result.activities.map((a) =>
    a.type === 'email' &&
    a.direction === 'inbound' &&
    !a.automated &&
    (isOutOfOffice(a.title, lang) || receipt(a.title))
      ? { ...a, automated: true }
      : a,
  );
  return { ...result, activities };
}
