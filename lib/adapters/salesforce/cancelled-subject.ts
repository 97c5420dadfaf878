import { norm, type SalesforceWords, wordsOf } from './words';

/**
 * True when a meeting's subject opens with the label calendar sync puts before a cancelled
 * meeting's subject in the org's language ("Abgesagt: Pilotbesprechung", "Annulé : Revue";
 * words/*.ts `cancelledPrefix`). Only at the subject's start and before its colon: a subject that
 * names a cancellation anywhere else ("Abgesagte Bestellung besprechen") is a meeting about one.
 */
export function subjectSaysCancelled(subject: string, words: readonly SalesforceWords[]): boolean {
  const shown = norm(subject);
  return wordsOf(words, 'cancelledPrefix').some((prefix) => {
    const word = norm(prefix);
    return shown.startsWith(word) && /^ ?:/.test(shown.slice(word.length));
  });
}
