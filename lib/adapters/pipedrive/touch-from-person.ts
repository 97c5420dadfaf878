import { setApart } from './set-apart';
import { afterOpening, hasWord, isWord, wordsAround } from './text-match';
import type { Wording } from './wording';

/**
 * The subject says the record's person made the touch: her name after "from" in the page's
 * language, a few words into the subject and none of them a "to" ("Email from Ana Gómez",
 * "Callback from Ana", "Llamada de Ana Gómez", "Correo recibido de Ana Gómez"; not "Reply to email
 * from Ana" or "Re: Email from Ana", the rep's), or her name opening it before what she did ("Ana Gómez called back").
 * Spanish, French and Portuguese "de" also means "of" ("Llamada de seguimiento"), so only her name
 * after it says who made the touch, and never her name owning something ("Recap email from Ana's
 * kickoff": the rep's follow-up). A part saying the rep called back ("Ana called – called her back",
 * "Missed call from Ana – called back") logs the rep's call (activity-direction.ts).
 */
export function touchFromPerson(subject: string, names: readonly string[], words: Wording): boolean {
  const people = names.flatMap((name) => [name, name.trim().split(/\s+/)[0] ?? '']).filter(Boolean);
  if (people.length === 0) return false;
  const parts = setApart(subject);
  const hers = parts.map((part) => {
    const rest = afterHerName(part, people);
    return rest === undefined ? undefined : afterOpening(rest, words.personActed);
  });
  // A part saying the rep called back makes the touch the rep's, checked before her name opening
  // the subject; her own act after her name is left out ("Ana Gómez called back" is hers).
  if (parts.some((part, i) => hasWord(hers[i] ?? part, words.calledBack))) return false;
  if (hers[0] !== undefined) return true;
  return wordsAround(parts[0] ?? '', words.from).some(({ before, after }) => {
    const lead = before.trim().split(/\s+/).filter(Boolean);
    // A label before it ("Re: Email from Ana", "Fwd:") says the rep answered or passed on her touch.
    const theRepsOwn = lead.some((word) => isWord(word, words.to) || word.endsWith(':'));
    return lead.length <= 3 && !theRepsOwn && afterHerName(after, people) !== undefined;
  });
}

/** The text after her name opening it (her full name before her first name), unless her name owns what follows ("Ana's demo"). */
function afterHerName(text: string, people: readonly string[]): string | undefined {
  const rest = afterOpening(text, people);
  return rest === undefined || /^['’]s(?![\p{L}\p{N}])/u.test(rest) ? undefined : rest;
}
