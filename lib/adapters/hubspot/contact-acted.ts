import { fold } from '../../locale/fold';
import type { HubSpotWords } from './words/types';

/**
 * A header's own wording names one of the record's contacts as who did it: after a "by" word
 * ("Email sent by Jordan Lee", "E-mail envoyé par Camille Durand", "Correo electrónico enviado por
 * Lucía Romero") or opening it before a verb of her act ("Camille Durand a envoyé un e-mail à
 * Sophie Martin"; in German the verb last, "Lena Vogt hat eine E-Mail an Tom Becker gesendet"); or a
 * part of its own after the type's dash says it: "Email - Sent by Priya Raman", the name ending it.
 * The verb ("sent", "envoyé") says only that someone sent it; sent by the contact it is hers,
 * inbound (crm-evidence-2.md: "direction comes from who sent it versus the record"). `own` is the
 * header's type wording alone (folded), never a subject it carries ("… - Devis demandé par Camille
 * Durand" names her in the rep's subject); of the rest of the folded `header`, only a dash part
 * that is nothing but "sent by" and her name. A name counts whole: "Camille Durand" is not
 * "Camille Durandeau"; and a first name alone says nothing.
 */
export function contactActed(
  header: string,
  own: string,
  contacts: readonly string[],
  words: readonly HubSpotWords[],
): boolean {
  const text = ` ${own}`;
  const afterDash = header.split(/ [-–—] /).slice(1);
  return (
    contacts
      .map(fold)
      // A name of one word (a record named "Alex") may open a rep's full name ("sent by Alex Morgan").
      .filter((name) => name.includes(' '))
      .some((name) =>
        words.some(
          (w) =>
            w.by.some((by) => namedAt(text, ` ${by} ${name}`)) ||
            [...w.actedFirst, ...(w.sentFirst ?? [])].some((verb) => wholeAt(text, 0, ` ${name} ${verb}`)) ||
            (w.sentLast ?? []).some(
              (verb) => text.endsWith(` ${verb}`) && w.didVerbs.some((did) => wholeAt(text, 0, ` ${name} ${did}`)),
            ) ||
            (w.sentBy ?? []).some((by) => afterDash.includes(`${by} ${name}`)),
        ),
      )
  );
}

/** `phrase` stands somewhere in `text`, ending at a word's end. */
function namedAt(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    if (wholeAt(text, at, phrase)) return true;
  return false;
}

/** `phrase` stands in `text` at `at`, ending at a word's end. */
function wholeAt(text: string, at: number, phrase: string): boolean {
  return text.startsWith(phrase, at) && !/^[\p{L}\p{N}]/u.test(text.slice(at + phrase.length));
}
