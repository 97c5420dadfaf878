import { allVisible, textOf } from '../dom';
import { withoutAvatar, withoutAvatarSegments } from './avatar-initials';
import type { ItemDate } from './item-date';
import { itemPart } from './item-parts';
import { RELATED_LINK } from './item-title';
import { linesOf, lineText } from './lines';
import type { MailSides } from './mail-direction';
import { mailLineList } from './mail-lines';
import { pipedriveOwner } from './owner-shown';
import { isNamed } from './person-name';
import { SELECTORS } from './selectors';
import { escapeRegExp, isWord } from './text-match';
import { CHECKBOX, typeWords } from './type-signals';
import type { Wording } from './wording';

/** Who did an item, as its meta line shows it. */
export interface ItemOwner {
  owner?: string;
  /** A person of the record where the owner stands: no owner read (owner-gap.ts, ownerGap). */
  personNamed?: string;
  /**
   * A name that may be the owner, shown apart from the owner's place (after the person's link, or
   * on the line under the date), that is no user the page names; or the owner's place showing more
   * than a name ("przez Max Müller", a label of a language without words): not read (ownerApartGap).
   */
  unreadName?: string;
}

/** Kinds whose line under the date is prose (a note's text, a mail's snippet), never a name. */
const PROSE_BELOW = new Set(['note', 'email']);

/**
 * The owner element, else the segment after the date on its line ("Nov 4 · Casey Nguyen · Lee"),
 * without the initials avatar drawn beside it (avatar-initials.ts). A synced mail's meta line
 * names its sender there, and no source shows how a user is marked apart from a person: a name in
 * the owner's place that is a person of the record (`sides.them`, as the page shows them) is no
 * owner read, and comes back as `personNamed` for notRead. A person's link there is the person:
 * the name after it, or on the line under the date where nothing follows the date, is the owner
 * only when it is a user the page names (`sides.us`: the record's owner; or the viewer's "You"),
 * else it comes back as `unreadName`, never taken for a rep who may be an organisation. A label
 * before the name in the owner's place ("by Max Müller", "Zugewiesen an …") is dropped (bareName).
 */
export function ownerOf(item: Element, date: ItemDate, kind: string, sides: MailSides, words: Wording): ItemOwner {
  // A Campaigns mail's line shows its delivery states after its date ("Sent · Opened"), no person.
  if (kind === 'campaign') return {};
  const persons = sides.them.names;
  const asOwner = (segment: string): ItemOwner => {
    const name = bareName(segment, words, sides.us);
    if (name === undefined) return { unreadName: segment };
    if (pipedriveOwner(name, words) === undefined) return {};
    return isNamed(name, persons) ? { personNamed: name } : { owner: name };
  };
  const markedEl = itemPart(item, SELECTORS.itemOwner);
  const marked = markedEl ? withoutAvatar(textOf(markedEl), markedEl) : '';
  if (marked) return asOwner(marked);
  const line = date.line;
  if (!line) return {};
  const after = withoutAvatarSegments(date.after ?? []);
  const next = after[0];
  if (next === undefined) return PROSE_BELOW.has(kind) ? {} : nameBelow(item, line, sides, words);
  // The name as plain text before the person's own link ("· Maya Lindqvist · <a>Maya Lindqvist</a>")
  // stands in the owner's place: it is a link only when the line shows it no more often than linked.
  const linked = (segment: string) =>
    allVisible(line, RELATED_LINK).filter((a) => textOf(a) === segment).length >=
    after.filter((s) => s === segment).length;
  if (!linked(next)) return asOwner(withoutAvatar(next, line));
  const plain = after.slice(1).find((segment) => !linked(segment));
  return plain === undefined ? {} : apart(withoutAvatar(plain, line), sides, words);
}

/**
 * The line right under the date line, where nothing follows the date: a name alone there, outside
 * the item's note, body, links and mail headers.
 */
function nameBelow(item: Element, line: Element, sides: MailSides, words: Wording): ItemOwner {
  const lines = linesOf(item);
  const at = lines.indexOf(line);
  const below = at < 0 ? undefined : lines[at + 1];
  if (!below || below.closest(`${SELECTORS.activityNote}, ${SELECTORS.itemBody}`)) return {};
  if (allVisible(below, `a[href], ${CHECKBOX}`).length > 0) return {};
  if (mailLineList(item, words).some((mail) => mail.start === below || mail.start.contains(below))) return {};
  return apart(withoutAvatar(lineText(below), below), sides, words);
}

/** A name shown apart from the owner's place: a user the page names is the owner; another name is reported. */
function apart(segment: string, sides: MailSides, words: Wording): ItemOwner {
  const name = bareName(segment, words, sides.us) ?? segment;
  if (pipedriveOwner(name, words) === undefined) return {};
  if (isNamed(name, sides.us) || isWord(name, words.viewer)) return { owner: name };
  if (isNamed(name, sides.them.names) || !looksLikeName(name, words)) return {};
  return { unreadName: name };
}

/**
 * The owner's segment without the label before the name: one of the page language's
 * (wording.ts ownerLabels, "by", "Assigned to", "Owner:"), in sentence case only before a colon
 * ("By: …"; "Von Trapp", "De Luca" and "Da Silva" are names), or any words ending in a colon
 * ("Eigenaar: …" where no word is known). Undefined where what is
 * left is still no bare name: empty, or opening with a word in lower case ("przez Max Müller"), as
 * a label does, unless it is a user the page names (`us`: the record's owner written in lower case,
 * "jonas keller", or opening with a particle, "de Vries"). No label is stored as a rep: one rep
 * under several names splits her touches in the team view.
 */
function bareName(segment: string, words: Wording, us: readonly string[]): string | undefined {
  const name = segment
    .replace(ownerLabel(words), '')
    .replace(/^[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,2}\s*:\s*/u, '')
    .trim();
  if (!name) return undefined;
  return !/^\p{Ll}[\p{L}\p{M}]*\s/u.test(name) || isNamed(name, us) ? name : undefined;
}

const labelPatterns = new Map<readonly string[], RegExp>();

/**
 * The page language's owner labels at the segment's start, longest first: as written, a colon
 * after them or not; in sentence case, before a colon only.
 */
function ownerLabel(words: Wording): RegExp {
  let re = labelPatterns.get(words.ownerLabels);
  if (!re) {
    const either = (forms: readonly string[]) =>
      [...new Set(forms)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
    const asWritten = either(words.ownerLabels);
    const capitalised = either(words.ownerLabels.map((label) => label.charAt(0).toUpperCase() + label.slice(1)));
    re = new RegExp(`^(?:(?:${asWritten})(?:\\s*:\\s*|\\s+)|(?:${capitalised})\\s*:\\s*)(?=\\S)`, 'u');
    labelPatterns.set(words.ownerLabels, re);
  }
  return re;
}

/** A word of a name: letters, with an apostrophe, hyphen or dot inside ("O'Neil", "Jean-Luc", "J."). */
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/**
 * Two to four words, the first and last capitalised (or of a script without case), and no word the
 * feed uses for a type, state or outcome ("Left Voicemail"): what a user's name looks like.
 */
function looksLikeName(text: string, words: Wording): boolean {
  const parts = text.split(/\s+/);
  if (parts.length < 2 || parts.length > 4 || !parts.every((w) => NAME_WORD.test(w))) return false;
  const capital = (w: string | undefined) => /^[\p{Lu}\p{Lo}]/u.test(w ?? '');
  if (!capital(parts[0]) || !capital(parts[parts.length - 1])) return false;
  const feedWords = [
    ...typeWords(words),
    ...words.done,
    ...words.planned,
    ...words.received,
    ...words.sent,
    ...Object.values(words.outcomes).flat(),
    ...Object.values(words.meetingOutcomes).flat(),
  ];
  return !isWord(text, feedWords);
}
