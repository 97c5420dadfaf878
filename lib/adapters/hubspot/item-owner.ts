import { fold } from '../../locale/fold';
import type { HubSpotWords } from './words/types';

const PART = "\\p{Lu}[\\p{L}'.-]+";
/** Lowercase words inside names: "Ana Maria da Silva", "Jan van der Berg", "Lena von Stein". */
const PARTICLE = '(?:d[aeiou]|das|dos|del|della|der|den|des|van|von|ter|ten|la|le|zu)';
/**
 * A person's name: two to five capitalised words, lowercase particles between them (one word is
 * too often "Contact" or "Deal"). A name cut short would be a second rep in the team view, so
 * where a sixth word could go on from the fifth there is no name.
 */
const NAME = `${PART}(?: (?:${PARTICLE} )*${PART}){1,4}(?![\\p{L}'.-]| (?:${PARTICLE} )*\\p{Lu})`;
/** A header ends with its name, or goes on with other words ("Note by Alex Morgan", "… · Alex Morgan"). */
const NAME_IN_HEADER = new RegExp(`^${NAME}`, 'u');
/**
 * An item's body runs on after a name with the item's own text ("to Casey Nguyen Thanks — …"):
 * there a name must end the text or be followed by a lowercase word ("Alex Morgan logged a call").
 */
const NAME_IN_BODY = new RegExp(`^${NAME}(?=$| \\p{Ll})`, 'u');
/** "Left voicemail · Alex Morgan": a collapsed preview's header ends with who did it. */
const TRAILING = /\s[·|•]\s([^·|•]+)$/u;

/** Who did it, read from an item's wording: never one of the record's own contacts. */
export interface OwnerWording {
  words: readonly HubSpotWords[];
  /** Names and email addresses of the record's contacts. */
  contactNames: readonly string[];
  /** Names the page shows elsewhere (the record's owner, reps named in headers): matched first, whatever their shape. */
  shown: readonly string[];
}

/** Who did it, where the header says so ("Note by Alex Morgan", "Tâche assignée à Alex Morgan", "Left voicemail · Alex Morgan"). */
export function headerOwner(header: string, wording: OwnerWording): string | undefined {
  const trailing = header.match(TRAILING)?.[1];
  const name =
    trailing !== undefined && nameAt(trailing, NAME_IN_HEADER, wording.shown) === trailing ? trailing : undefined;
  return notContact([byWord(header, NAME_IN_HEADER, wording), name], wording);
}

/**
 * Who did it, where the body says so: "Alex Morgan logged a call", "… by Alex Morgan", "from Alex
 * Morgan to Jordan Lee" ("de … à …"; the side that is not one of the record's contacts).
 */
export function bodyOwner(description: string, wording: OwnerWording): string | undefined {
  return notContact(
    [nameThenVerb(description, wording), byWord(description, NAME_IN_BODY, wording), sender(description, wording)],
    wording,
  );
}

function notContact(candidates: (string | undefined)[], { contactNames }: OwnerWording): string | undefined {
  const contacts = new Set(contactNames.map(fold));
  return candidates.find((name) => name !== undefined && !contacts.has(fold(name)));
}

/** The name `text` starts with: one the page shows elsewhere, as printed there, else one of the pattern's shape. */
function nameAt(text: string, pattern: RegExp, shown: readonly string[]): string | undefined {
  const same = shown
    .filter((name) => name && text.startsWith(name) && !/^\p{L}/u.test(text.slice(name.length)))
    .reduce<string | undefined>((longest, name) => (name.length > (longest?.length ?? 0) ? name : longest), undefined);
  return same ?? text.match(pattern)?.[0];
}

/** "Alex Morgan logged …": a name opening the sentence, then one of the languages' verbs. */
function nameThenVerb(text: string, { words, shown }: OwnerWording): string | undefined {
  const name = nameAt(text, NAME_IN_BODY, shown);
  if (!name) return undefined;
  const next = fold(text.slice(name.length)).split(' ')[0] ?? '';
  return words.some((w) => w.didVerbs.includes(next)) ? name : undefined;
}

/** The name after a "by" word of the page's languages; folding keeps positions, so the raw text is cut. */
function byWord(text: string, pattern: RegExp, { words, shown }: OwnerWording): string | undefined {
  const raw = text.normalize('NFC');
  const folded = fold(raw);
  if (folded.length !== raw.length) return undefined;
  for (const by of words.flatMap((w) => w.by)) {
    for (let i = folded.indexOf(`${by} `); i >= 0; i = folded.indexOf(`${by} `, i + 1)) {
      if (i > 0 && folded[i - 1] !== ' ') continue;
      const name = nameAt(raw.slice(i + by.length + 1), pattern, shown);
      if (name) return name;
    }
  }
  return undefined;
}

/** "from Alex Morgan to <contact>" / "from <contact> to Alex Morgan": the rep is the other side. */
function sender(description: string, { words, contactNames, shown }: OwnerWording): string | undefined {
  for (const contact of contactNames) {
    if (!contact) continue;
    const name = escapeRegExp(contact);
    for (const { from, to } of words) {
      const [f, t] = [from.join('|'), to.join('|')];
      const sent = description.match(new RegExp(`(?:^|\\s)(?:${f}) ([A-Z].+?) (?:${t}) ${name}\\b`))?.[1];
      if (sent) return sent;
      const received = new RegExp(`(?:^|\\s)(?:${f}) ${name} (?:${t}) `).exec(description);
      const rep = received && nameAt(description.slice(received.index + received[0].length), NAME_IN_BODY, shown);
      if (rep) return rep;
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
