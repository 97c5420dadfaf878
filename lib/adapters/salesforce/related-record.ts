import { literal } from './sentence-shapes';
import { isOneOf, type SalesforceWords, wordsOf } from './words';

/** A summary sentence split into its own wording (who did what, with whom) and the record it is about. */
export interface SaidAbout {
  /** The sentence without its related record: its verb part, and the names it gives as people. */
  said: string;
  /** The related record's name as the page shows it ("Renovación próximo año"), where the sentence gives one. */
  record?: string;
}

const LETTER = '[\\p{L}\\p{M}\\p{N}]';

/**
 * "You logged a call with Jordan Lee about Renovación próximo año" → "You logged a call with
 * Jordan Lee" and the record "Renovación próximo año", by the tables' `relatedRecord` shapes. The
 * record's name is the org's own text: a word in it ("próximo", "en retard") is no tense, and it is
 * no one's name. The earliest "about" word after the sentence's first verb (or its "You", which an
 * Italian sentence's verb is) starts the record: the actor comes before it, so "Karl zu Guttenberg
 * hat …" is no record "Guttenberg hat …". An "about" word inside a name in `names` (the page's
 * people, the item's linked people) is that name's ("… mit Karl zu Guttenberg"). A person named
 * with such a word after the verb and nowhere on the page is cut there: nothing else tells where
 * the name ends. Words that close the sentence after the record (German "… zu X protokolliert") stay.
 */
export function splitRelatedRecord(
  summary: string,
  words: readonly SalesforceWords[],
  names: readonly string[] = [],
): SaidAbout {
  const text = summary
    .normalize('NFC')
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();
  const from = verbEnd(text, [...wordsOf(words, 'actorVerbs'), ...wordsOf(words, 'you')]);
  const named = namedSpans(text, names);
  const patterns = wordsOf(words, 'relatedRecord').map(patternOf);
  for (let at = text.indexOf(' ', from); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (named.some(([start, end]) => start < at && at < end)) continue;
    for (const pattern of patterns) {
      pattern.lastIndex = at;
      const found = pattern.exec(text);
      const record = found?.groups?.record?.trim();
      if (!found || !record) continue;
      const closing = found.groups?.closing;
      return { said: `${text.slice(0, at)}${closing ? ` ${closing}` : ''}`.trim(), record };
    }
  }
  return { said: text };
}

/** Where the sentence's first verb ends ("Karl zu Guttenberg hat" → after "hat"); 0 when it names none. */
function verbEnd(text: string, verbs: readonly string[]): number {
  for (const word of text.matchAll(/\S+/g)) {
    if (isOneOf(word[0], verbs)) return word.index + word[0].length;
  }
  return 0;
}

/** Where each name stands in the text as whole words, as [start, end). */
function namedSpans(text: string, names: readonly string[]): Array<[number, number]> {
  return names.flatMap((name) => {
    const parts = name.trim().split(/\s+/).filter(Boolean);
    // A one-word name holds no space to cut at.
    if (parts.length < 2) return [];
    const pattern = new RegExp(`(?<!${LETTER})${parts.map(literal).join('\\s+')}(?!${LETTER})`, 'giu');
    return Array.from(text.matchAll(pattern), (m): [number, number] => [m.index, m.index + m[0].length]);
  });
}

/** "zu {record} protokolliert" as a sticky pattern: a space, its opening words, the record, its closing words, the end. */
function patternOf(shape: string): RegExp {
  const [opening = '', closing = ''] = shape.split('{record}').map((part) => part.trim());
  const spaced = (part: string) => part.split(/\s+/).map(literal).join('\\s+');
  const close = closing ? `\\s+(?<closing>${spaced(closing)})` : '';
  return new RegExp(`\\s+${spaced(opening)}\\s+(?<record>\\S.*?)${close}\\s*\\.?$`, 'iuy');
}
