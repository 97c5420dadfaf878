import { setApart } from './set-apart';
import { hasWord, isWord, startsWithWord, wordsAround } from './text-match';
import type { Wording } from './wording';

/**
 * The subject says the record's person made the touch: her name after "from" in the page's
 * language, a few words into the subject and none of them a "to" ("Email from Ana Gómez",
 * "Callback from Ana", "Llamada de Ana Gómez", "Correo recibido de Ana Gómez"; not "Reply to email
 * from Ana" or "Re: Email from Ana", the rep's), or her name opening it before what she did ("Ana Gómez called back").
 * Spanish, French and Portuguese "de" also means "of" ("Llamada de seguimiento"), so only her name
 * after it says who made the touch. A missed call of hers the rep returned ("Missed call from Ana
 * – called back") logs the rep's call (activity-direction.ts).
 */
export function touchFromPerson(subject: string, names: readonly string[], words: Wording): boolean {
  const people = names.flatMap((name) => [name, name.trim().split(/\s+/)[0] ?? '']).filter(Boolean);
  if (people.length === 0) return false;
  const head = setApart(subject)[0] ?? '';
  const opensWithHer = people.some(
    (name) => startsWithWord(head, [name]) && startsWithWord(head.trimStart().slice(name.length), words.personActed),
  );
  if (opensWithHer) return true;
  if (hasWord(subject, words.calledBack)) return false;
  return wordsAround(head, words.from).some(({ before, after }) => {
    const lead = before.trim().split(/\s+/).filter(Boolean);
    // A label before it ("Re: Email from Ana", "Fwd:") says the rep answered or passed on her touch.
    const theRepsOwn = lead.some((word) => isWord(word, words.to) || word.endsWith(':'));
    return lead.length <= 3 && !theRepsOwn && startsWithWord(after, people);
  });
}
