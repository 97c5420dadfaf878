import { escapeRegExp } from '../../locale/escape-regexp';
import { fold } from '../../locale/fold';
import { foldInPlace } from '../../locale/fold-in-place';
import { samePersonName } from '../../locale/same-person-name';
import type { Direction } from '../../schema/activity';
import { fromRowNames } from './email-parties';
import { type FoundName, NAME_IN_BODY, NAME_IN_HEADER, nameAtStart } from './name-at-start';
import { hubSpotOwner } from './owner-shown';
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
 * Who did it, where the body says so: a From row naming a rep the page shows ("From: Alex Morgan
 * <…>" opening a logged email), "Alex Morgan logged a call", "… by Alex Morgan", "from Alex Morgan
 * to Jordan Lee" ("de … à …"; the side that is not one of the record's contacts).
 */
export function bodyOwner(description: string, item: OwnedItem, wording: OwnerWording): string | undefined {
  return notContact(
    [
      fromRow(description, item, wording),
      nameThenVerb(description, item, wording),
      byWord(description, NAME_IN_BODY, item, wording),
      sender(description, item, wording),
    ],
    wording,
  );
}

/** The first name read that is none of the record's contacts, nor a placeholder for nobody ("by No owner"). */
function notContact(candidates: (string | undefined)[], { contactNames, words }: OwnerWording): string | undefined {
  const contacts = new Set(contactNames.map(fold));
  return candidates.find(
    (name) => name !== undefined && !contacts.has(fold(name)) && hubSpotOwner(name, words) !== undefined,
  );
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
 * "From: Samuel Rivera <samuel.rivera@…>" opening an email read outbound (the row says who wrote
 * it: email-parties.ts): the rep the page names so, however the mail client spells him, in the
 * page's spelling. A sender the page names nowhere is no one it places: no owner from the row.
 */
function fromRow(description: string, { direction, opening }: OwnedItem, wording: OwnerWording): string | undefined {
  if (direction !== 'outbound') return undefined;
  const body = { body: description };
  return shownAs(fromRowNames(opening ? { ...body, subject: opening } : body, wording.words), wording.shown);
}

/**
 * "from Alex Morgan to <contact>" / "from <contact> to Alex Morgan": the rep is the other side, in
 * the page's spelling where the mail client wrote him otherwise. The line counts only as the item
 * was read: a rep's line on an item read outbound, the contact's on one read inbound. An item read
 * as neither, such as a mail the contact's colleague wrote her (email-parties.ts: no rep's touch),
 * has no owner from it, nor from a line quoted further down.
 *
 * Matched on the folded text, its places the text's (fold-in-place.ts): the tables' words are
 * folded (French "à" is "a"). A rep's name opens with a capital of any alphabet ("Élodie Martin").
 */
function sender(description: string, { direction }: OwnedItem, wording: OwnerWording): string | undefined {
  if (direction !== 'outbound' && direction !== 'inbound') return undefined;
  const raw = description.normalize('NFC');
  const text = foldInPlace(raw);
  for (const contact of wording.contactNames) {
    if (!contact) continue;
    const name = escapeRegExp(fold(contact));
    for (const { from, to } of wording.words) {
      const [f, t] = [from.map(escapeRegExp).join('|'), to.map(escapeRegExp).join('|')];
      const line =
        direction === 'outbound'
          ? new RegExp(`(?<=^|\\s)(?:${f}) (.+?) (?:${t}) ${name}(?![\\p{L}\\p{N}])`, 'dgu')
          : new RegExp(`(?<=^|\\s)(?:${f}) ${name} (?:${t}) `, 'gu');
      // Each "from" in turn: the first may open other words ("from our team from Alex Morgan to …").
      for (let found = line.exec(text); found; line.lastIndex = found.index + 1, found = line.exec(text)) {
        const rep =
          direction === 'outbound'
            ? sentBy(raw, found.indices?.[1])
            : nameAtStart(raw.slice(found.index + found[0].length), NAME_IN_BODY, wording)?.name;
        if (rep) return shownAs([rep], wording.shown) ?? rep;
      }
    }
  }
  return undefined;
}

/** The text at `place` as written, where it opens with a capital: a name. */
function sentBy(raw: string, place: [number, number] | undefined): string | undefined {
  const name = place && raw.slice(...place);
  return name && /^\p{Lu}/u.test(name) ? name : undefined;
}

/**
 * The name the page shows for the person `names` spell (same-person-name.ts: "Sam Rivera" or
 * "Rivera, Samuel" from a mail client for the owner "Samuel Rivera"): one rep, one row
 * (contracts.md). The page's names come the record's owner first; where the spellings could be
 * two people it shows ("Samuel Rivera", "Samantha Rivera" for "Sam Rivera"), none.
 */
function shownAs(names: readonly string[], shown: readonly string[]): string | undefined {
  const exact = shown.find((person) => names.some((name) => fold(name) === fold(person)));
  if (exact) return exact;
  const same = shown.filter((person) => names.some((name) => samePersonName(name, person)));
  const first = same[0];
  return first !== undefined && same.every((person) => samePersonName(person, first)) ? first : undefined;
}
