import { endsWithWord, hasWord, startsWithWord, wordsAround } from './text-match';
import type { Wording } from './wording';

/**
 * A meeting's subject says what came of it in the language's own word order: the word right
 * after the meeting's name ("Meeting cancelled", "Demo canceled by client", "Termin abgesagt",
 * "Reunión cancelada") or ending the subject ("Kickoff with Ana cancelled"), unless a denial
 * stands before it ("Demo not cancelled") or, for a moved meeting, a held word follows ("Demo
 * rescheduled, held") or one saying where it moved from comes right after it ("Demo rescheduled
 * from Monday": the moved meeting, held on its new day). Never a word opening the subject
 * ("Rescheduled demo" names the new meeting) and never the notes: "after their CFO cancelled"
 * there is the rep's prose.
 */
export function subjectSays(
  subject: string,
  list: readonly string[],
  words: Wording,
  undoneBy: readonly string[] = [],
  namingBy: readonly string[] = [],
): boolean {
  return wordsAround(subject, list).some(({ before, after }) => {
    const lead = before.trim();
    if (lead === '' || endsWithWord(lead, words.negations) || startsWithWord(after, namingBy)) return false;
    const placed = endsWithWord(lead, words.meetingNames) || /^[\s.!?)\]]*$/u.test(after);
    return placed && !hasWord(after, undoneBy);
  });
}
