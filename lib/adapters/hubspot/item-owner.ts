import { escapeRegExp } from '../../locale/escape-regexp';
import { fold } from '../../locale/fold';
import { foldInPlace } from '../../locale/fold-in-place';
import { samePersonName } from '../../locale/same-person-name';
import type { Direction } from '../../schema/activity';
import { fromRowNames } from './email-parties';
import { type FoundName, NAME_IN_BODY, NAME_IN_HEADER, nameAtStart } from './name-at-start';
import { hubSpotOwner } from './owner-shown';
import type { HubSpotWords } from './words/types';

/**
 * "Left voicemail · Alex Morgan": a collapsed preview's header ends with a dot and who did it. Never
 * a "|": people write it in subjects ("Quote 4411 | Northwind Logistics"), and no header the readers
 * know puts it before a name.
 */
const TRAILING = /\s[·•]\s([^·•]+)$/u;
/** "Email - Quote 4411 · Northwind": the type, a dash, then a subject or title someone wrote. */
const SUBJECT_AFTER_TYPE = /\s[-–—]\s/u;

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

/**
 * Who did it, where the header says so ("Note by Alex Morgan", "Tâche assignée à Alex Morgan", "Left
 * voicemail · Alex Morgan"). The name after a dot ends only a header without a subject: after one
 * it ends the subject ("Meeting - Northwind · Weekly Sync"), and no rep is named so.
 */
export function headerOwner(header: string, item: OwnedItem, wording: OwnerWording): string | undefined {
  const trailing = SUBJECT_AFTER_TYPE.test(header) ? undefined : header.match(TRAILING)?.[1];
  const name =
    trailing !== undefined && nameAtStart(trailing, NAME_IN_HEADER, wording)?.name === trailing ? trailing : undefined;
  return notContact([byWord(header, NAME_IN_HEADER, item, wording), name], wording);
}

/**
 * Who did it, where the body says so: a From row naming a rep the page shows ("From: Alex Morgan
 * <…>" opening a logged email), "Alex Morgan logged a call", "… by Alex Morgan", "from Alex Morgan
 * to Jordan Lee" ("de … à …"; the side that is not one of the record's contacts). A "by" in the
 * text's opening element (a subject someone typed: "Notes from our call (logged by Priya Shah)")
 * names whom the subject speaks of, never who did the item.
 */
export function bodyOwner(description: string, item: OwnedItem, wording: OwnerWording): string | undefined {
  const line = sender(description, item, wording);
  return notContact(
    [
      fromRow(description, item, wording),
      nameThenVerb(description, item, wording),
      byWord(description, NAME_IN_BODY, item, wording, line?.at),
      line?.name,
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
function runsOutOf({ start, end }: FoundName, text: string, opening?: string): boolean {
  const edge = openingEnd(text, opening);
  return start < edge && edge < end;
}

/** Where the text's opening element (its subject) ends: 0 where the text does not open with it. */
function openingEnd(text: string, opening = ''): number {
  return opening && text.startsWith(opening) ? opening.length : 0;
}

/**
 * The name after a "by" word of the page's languages; folding keeps positions, so the raw text is
 * cut. German "von" and Italian "da" say both "by" and "from": on an item read inbound such a word
 * names who it came from ("E-Mail-Antwort von Jonas Weber"), the contact. No name runs into the
 * sender line starting at `lineAt` ("Angebot von Northwind" + "von Tom Becker an Lena Vogt"), and
 * none stands in the element the text opens with (its subject).
 */
function byWord(
  text: string,
  pattern: RegExp,
  { direction, opening }: OwnedItem,
  wording: OwnerWording,
  lineAt?: number,
): string | undefined {
  const raw = text.normalize('NFC');
  const folded = fold(raw);
  if (folded.length !== raw.length) return undefined;
  const after = openingEnd(raw, opening?.normalize('NFC'));
  const fromWords = new Set(wording.words.flatMap((w) => w.from));
  const byWords = wording.words.flatMap((w) => w.by).filter((by) => direction !== 'inbound' || !fromWords.has(by));
  for (const by of byWords) {
    for (let i = folded.indexOf(`${by} `, after); i >= 0; i = folded.indexOf(`${by} `, i + 1)) {
      if (i > 0 && folded[i - 1] !== ' ') continue;
      const start = i + by.length + 1;
      const found = nameAtStart(raw.slice(start), pattern, wording);
      if (found && !(lineAt !== undefined && start < lineAt && lineAt < start + found.end)) return found.name;
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
 * folded (French "à" is "a"), the contact's name folded the same way ("김민수" stays as written). A
 * rep's name opens with a capital of any alphabet ("Élodie Martin").
 */
function sender(description: string, { direction, opening }: OwnedItem, wording: OwnerWording): SenderLine | undefined {
  if (direction !== 'outbound' && direction !== 'inbound') return undefined;
  const raw = description.normalize('NFC');
  const text = foldInPlace(raw);
  const rows = rowStarts(raw, opening);
  for (const contact of wording.contactNames) {
    if (!contact) continue;
    const name = escapeRegExp(foldInPlace(contact.normalize('NFC')).trim());
    for (const { from, to } of wording.words) {
      const froms = fromWords(raw, text, from, rows);
      const [f, t] = [from.map(escapeRegExp).join('|'), to.map(escapeRegExp).join('|')];
      const line =
        direction === 'outbound'
          ? sentTo(raw, text, froms, rows, new RegExp(` (?:${t}) ${name}(?![\\p{L}\\p{N}])`, 'gu'))
          : sentFrom(raw, text, froms, new RegExp(`(?:${f}) ${name} (?:${t}) `, 'yu'), wording);
      if (line) return { name: shownAs([line.name], wording.shown) ?? line.name, at: line.at };
    }
  }
  return undefined;
}

/**
 * Where a "from" word of the line stands: a whole word written as the table keeps it, in lower case
 * ("Quote From Northwind" is a subject's title case), or opening a row (the text, or the words after
 * its opening element), where it may be written "From".
 */
function fromWords(raw: string, text: string, from: readonly string[], rows: readonly number[]): FromWord[] {
  const words = new RegExp(`(?<=^|\\s)(?:${from.map(escapeRegExp).join('|')}) `, 'gu');
  return [...text.matchAll(words)]
    .map(({ index, 0: word }) => ({ start: index, end: index + word.length }))
    .filter(({ start, end }) => rows.includes(start) || !/\p{Lu}/u.test(raw.slice(start, end)));
}

/** The rep a sender line names, and where its "from" word stands in the text. */
interface SenderLine {
  name: string;
  at: number;
}

interface FromWord {
  start: number;
  /** After the word and its space: where the name it opens starts. */
  end: number;
}

/** Where the text's rows start: its own start, and after the element it opens with (its subject). */
function rowStarts(raw: string, opening: string | undefined): number[] {
  const subject = opening?.normalize('NFC');
  return subject && raw.startsWith(`${subject} `) ? [0, subject.length + 1] : [0];
}

/**
 * "from Alex Morgan to <contact>": the name between the "to <contact>" and the "from" word before
 * it that opens a row and a name, the first one ("van Jan van Dijk aan Mara Quist" is Jan van
 * Dijk's: the surname's "van" opens no line; "Devis de Northwind de Samuel Rivera à …" Samuel
 * Rivera's); with none opening a row, the last one that opens a name, so that no other "from" runs
 * into it ("de María de la Cruz a …" is hers, "de la Cruz" no name).
 */
function sentTo(
  raw: string,
  text: string,
  froms: readonly FromWord[],
  rows: readonly number[],
  to: RegExp,
): SenderLine | undefined {
  let after = 0;
  for (const found of text.matchAll(to)) {
    const before = froms.filter(({ start, end }) => start >= after && end <= found.index);
    const opening = before.filter(({ start }) => rows.includes(start));
    const inside = before.filter(({ start }) => !rows.includes(start)).reverse();
    for (const { start, end } of [...opening, ...inside]) {
      const name = sentBy(raw, [end, found.index]);
      if (name) return { name, at: start };
    }
    after = found.index + found[0].length;
  }
  return undefined;
}

/** "from <contact> to Alex Morgan": the name after the line's "to" word. */
function sentFrom(
  raw: string,
  text: string,
  froms: readonly FromWord[],
  line: RegExp,
  wording: OwnerWording,
): SenderLine | undefined {
  for (const { start } of froms) {
    line.lastIndex = start;
    const found = line.exec(text);
    const rep = found && nameAtStart(raw.slice(start + found[0].length), NAME_IN_BODY, wording);
    if (rep) return { name: rep.name, at: start };
  }
  return undefined;
}

/** The text at `place` as written, where it opens with a capital: a name. */
function sentBy(raw: string, place: [number, number]): string | undefined {
  const name = raw.slice(...place);
  return /^\p{Lu}/u.test(name) ? name : undefined;
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
