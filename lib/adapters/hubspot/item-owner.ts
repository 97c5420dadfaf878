import { fold } from '../../locale/fold';
import type { HubSpotWords } from './words/types';

/** A person's name: two or three capitalised words (one word is too often "Contact" or "Deal"). */
const NAME = "\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,2}";
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
/** "Left voicemail · Alex Morgan": a collapsed preview's header ends with who did it. */
const TRAILING_NAME = new RegExp(`\\s[·|•]\\s(${NAME})$`, 'u');

/**
 * Who did it, where the text says so ("Note by Alex Morgan", "Tâche assignée à Alex Morgan",
 * "Alex Morgan logged a call"): a guess from wording, never one of the record's own contacts.
 */
export function ownerOf(
  header: string,
  description: string,
  words: readonly HubSpotWords[],
  contactNames: readonly string[],
): string | undefined {
  const candidates = [
    byWord(header, words),
    header.match(TRAILING_NAME)?.[1],
    nameThenVerb(description, words),
    byWord(description, words),
  ];
  const contacts = new Set(contactNames.map(fold));
  return candidates.find((name) => name !== undefined && !contacts.has(fold(name)));
}

/** "Alex Morgan logged …": a name opening the sentence, then one of the languages' verbs. */
function nameThenVerb(text: string, words: readonly HubSpotWords[]): string | undefined {
  const name = text.match(NAME_AT_START)?.[0];
  if (!name) return undefined;
  const next = fold(text.slice(name.length)).split(' ')[0] ?? '';
  return words.some((w) => w.didVerbs.includes(next)) ? name : undefined;
}

/** The name after a "by" word of the page's languages; folding keeps positions, so the raw text is cut. */
function byWord(text: string, words: readonly HubSpotWords[]): string | undefined {
  const raw = text.normalize('NFC');
  const folded = fold(raw);
  if (folded.length !== raw.length) return undefined;
  for (const by of words.flatMap((w) => w.by)) {
    for (let i = folded.indexOf(`${by} `); i >= 0; i = folded.indexOf(`${by} `, i + 1)) {
      if (i > 0 && folded[i - 1] !== ' ') continue;
      const name = raw.slice(i + by.length + 1).match(NAME_AT_START)?.[0];
      if (name) return name;
    }
  }
  return undefined;
}
