import { fold } from '../../locale/fold';
import type { Direction } from '../../schema/activity';
import { type FoundName, NAME_IN_BODY, NAME_IN_HEADER, nameAtStart } from './name-at-start';
import type { HubSpotWords } from './words/types';

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

/** What of the item itself bears on whose name its wording gives. */
export interface OwnedItem {
  /** Read inbound, the name after a "from" word is the sender, a contact: never the rep. */
  direction: Direction;
  /** The text in an element of its own that the body opens with (its subject): no name runs out of it. */
  opening?: string;
}

/** Who did it, where the header says so ("Note by Alex Morgan", "Tâche assignée à Alex Morgan", "Left voicemail · Alex Morgan"). */
export function headerOwner(header: string, item: OwnedItem, wording: OwnerWording): string | undefined {
  const trailing = header.match(TRAILING)?.[1];
  const name =
    trailing !== undefined && nameAtStart(trailing, NAME_IN_HEADER, wording)?.name === trailing ? trailing : undefined;
  return notContact([byWord(header, NAME_IN_HEADER, item, wording), name], wording);
}

/**
 * Who did it, where the body says so: "Alex Morgan logged a call", "… by Alex Morgan", "from Alex
 * Morgan to Jordan Lee" ("de … à …"; the side that is not one of the record's contacts).
 */
export function bodyOwner(description: string, item: OwnedItem, wording: OwnerWording): string | undefined {
  return notContact(
    [
      nameThenVerb(description, item, wording),
      byWord(description, NAME_IN_BODY, item, wording),
      sender(description, item, wording),
    ],
    wording,
  );
}

function notContact(candidates: (string | undefined)[], { contactNames }: OwnerWording): string | undefined {
  const contacts = new Set(contactNames.map(fold));
  return candidates.find((name) => name !== undefined && !contacts.has(fold(name)));
}

/** "Alex Morgan logged …": a name opening the sentence, then one of the languages' verbs. */
function nameThenVerb(text: string, { opening }: OwnedItem, wording: OwnerWording): string | undefined {
  const found = nameAtStart(text, NAME_IN_BODY, wording);
  if (!found || runsOutOf(found, text, opening)) return undefined;
  const next = fold(text.slice(found.end)).split(' ')[0] ?? '';
  return wording.words.some((w) => w.didVerbs.includes(next)) ? found.name : undefined;
}

/** "Quarterly Review" + "Alex Morgan logged …": a name begun in the text's opening element and ended after it is two texts. */
function runsOutOf({ start, end }: FoundName, text: string, opening = ''): boolean {
  const edge = opening && text.startsWith(opening) ? opening.length : 0;
  return start < edge && edge < end;
}

/**
 * The name after a "by" word of the page's languages; folding keeps positions, so the raw text is
 * cut. German "von" and Italian "da" say both "by" and "from": on an item read inbound such a word
 * names who it came from ("E-Mail-Antwort von Jonas Weber"), the contact.
 */
function byWord(text: string, pattern: RegExp, { direction }: OwnedItem, wording: OwnerWording): string | undefined {
  const raw = text.normalize('NFC');
  const folded = fold(raw);
  if (folded.length !== raw.length) return undefined;
  const fromWords = new Set(wording.words.flatMap((w) => w.from));
  const byWords = wording.words.flatMap((w) => w.by).filter((by) => direction !== 'inbound' || !fromWords.has(by));
  for (const by of byWords) {
    for (let i = folded.indexOf(`${by} `); i >= 0; i = folded.indexOf(`${by} `, i + 1)) {
      if (i > 0 && folded[i - 1] !== ' ') continue;
      const found = nameAtStart(raw.slice(i + by.length + 1), pattern, wording);
      if (found) return found.name;
    }
  }
  return undefined;
}

/**
 * "from Alex Morgan to <contact>" / "from <contact> to Alex Morgan": the rep is the other side.
 * An item read inbound was sent by none of the reps: who it came from is no owner.
 */
function sender(description: string, { direction }: OwnedItem, wording: OwnerWording): string | undefined {
  for (const contact of wording.contactNames) {
    if (!contact) continue;
    const name = escapeRegExp(contact);
    for (const { from, to } of wording.words) {
      const [f, t] = [from.join('|'), to.join('|')];
      const sent =
        direction === 'inbound'
          ? undefined
          : description.match(new RegExp(`(?:^|\\s)(?:${f}) ([A-Z].+?) (?:${t}) ${name}\\b`))?.[1];
      if (sent) return sent;
      const received = new RegExp(`(?:^|\\s)(?:${f}) ${name} (?:${t}) `).exec(description);
      const rep =
        received && nameAtStart(description.slice(received.index + received[0].length), NAME_IN_BODY, wording);
      if (rep) return rep.name;
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
