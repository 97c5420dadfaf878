import { isOutOfOffice } from '../locale/words/find-words';
import type { ReadResult } from '../schema/read-result';

/**
 * Marks inbound emails whose subject reads as an out-of-office or automatic reply as automated,
 * in the page's language: metrics.md counts an automated inbound email as no reply. One step for
 * every CRM, after its reader, since no CRM marks such replies itself.
 */
export function markAutoReplies(result: ReadResult, lang: string): ReadResult {
  if (result.status !== 'read') return result;
  const activities = result.activities.map((a) =>
    a.type === 'email' && a.direction === 'inbound' && !a.automated && isOutOfOffice(a.title, lang)
      ? { ...a, automated: true }
      : a,
  );
  return { ...result, activities };
}
