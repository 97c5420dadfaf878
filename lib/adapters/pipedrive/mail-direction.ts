import type { Direction } from '../../schema/activity';
import { follows, textOf } from '../dom';
import { emailAddressesIn } from './email-addresses';
import { SEGMENT } from './item-date';
import { itemPart } from './item-parts';
import { chunksOf, linesOf, lineText } from './lines';
import { mailLineList, mailLines } from './mail-lines';
import { isNamed } from './person-name';
import type { AddressedPerson } from './persons-without-address';
import { SELECTORS } from './selectors';
import { senderHeads } from './sender-head';
import { afterLabel, isWord } from './text-match';
import { iconLabels } from './type-signals';
import type { Wording } from './wording';

/** Who is on each side of a record's mail. */
export interface MailSides {
  /**
   * The person, or the deal's persons: the addresses and names the page shows for them, and
   * which of them it shows no address for (`unaddressed`, a deal's participants listed by name),
   * and on a deal each person with their own addresses (`persons`, a mail's sender's link: deal-mail-person.ts).
   */
  them: { emails: string[]; names: string[]; unaddressed?: string[]; persons?: readonly AddressedPerson[] };
  /** Users, by name: the record's owner (each mail adds the user it belongs to). */
  us: string[];
}

export interface Sender {
  name: string;
  address?: string;
}

/**
 * A synced mail's direction: its sent/received label or icon label ("Received", crm-evidence-2.md:
 * type and state may live only in an icon's `aria-label`/`title`) in the page's language, else who sent it.
 * The person sent it: inbound; their address decides where the From line and the page both show
 * one for them, their name where either shows none (a deal participant listed by name only). A
 * user sent it: outbound; users are known by name only (the record's owner, the mail's own owner
 * on its meta line), as the page shows no user's address. Anyone else (a colleague of the person, a sender the page does not name) is no
 * evidence of who wrote to whom: unknown, never outbound by default. The body's words count for
 * nothing, a quoted header's "Sent:" among them (standingLabels).
 */
export function mailDirection(item: Element, words: Wording, sides: MailSides, owner: string | undefined): Direction {
  const labels = directionLabels(item, words);
  if (labels.some((c) => isWord(c, words.received))) return 'inbound';
  if (labels.some((c) => isWord(c, words.sent))) return 'outbound';
  const sender = senderOf(item, words);
  if (!sender) return 'unknown';
  const { them } = sides;
  if (isThem(sender, them)) return 'inbound';
  // A meta line may name the person where the owner usually stands: never count them as a user.
  const users = [...sides.us, owner].filter((n): n is string => !!n && !isNamed(n, them.names));
  return isNamed(sender.name, users) ? 'outbound' : 'unknown';
}

/**
 * What may say an item's direction: its direction element, its icons' names and the words that
 * stand as labels of their own (standingLabels). A logged call may carry the badge a synced mail
 * does ("Incoming", "Eingehend": item-facts.ts).
 */
export function directionLabels(item: Element, words: Wording): string[] {
  return [textOf(itemPart(item, SELECTORS.emailDirection)), ...iconLabels(item), ...standingLabels(item, words)];
}

/**
 * What may be the mail's sent/received label: a line of the item that is a word alone ("Received"),
 * or a part of a line set apart by separators ("Yesterday at 4:40 PM · Received"), or an element
 * of its own whose whole text is the word, standing apart from any running text (only blanks
 * beside it), drawn beside the date with no separator ("<span>Nov 18, 2026 4:40 PM</span>
 * <span>Received</span>"). Never in the mail's headers and body (`beforeHeaders`): a word inside a
 * line of the body is prose, and a word before a colon is a header field's label, its value after
 * it: a reply quoting the rep's mail the way Outlook does ("<b>From:</b> Casey …<br><b>Sent:</b>
 * Monday, November 16, …", "Gesendet:", or a table's "Sent" | "Monday, …") says when the quoted
 * mail was sent, nothing about this one.
 */
function standingLabels(item: Element, words: Wording): string[] {
  const shown = beforeHeaders(item, words);
  const parts = linesOf(item)
    .filter(shown)
    .flatMap((line) => lineText(line).split(SEGMENT))
    .map((part) => part.trim());
  const badges = chunksOf(item)
    .filter(({ el }) => el.children.length === 0 && standsApart(el) && shown(el))
    .map(({ text }) => text);
  return [...parts, ...badges].filter((part) => part && !part.endsWith(':'));
}

/**
 * Outside the mail's headers and body, which begin at its first From/To line (mail-lines.ts) or
 * its marked body, and outside an activity's note (the rep's prose about a call): the item's own
 * header and meta line, where its label stands.
 */
function beforeHeaders(item: Element, words: Wording): (el: Element) => boolean {
  const headers = mailLineList(item, words)[0]?.start;
  const body = itemPart(item, SELECTORS.itemBody);
  return (el) =>
    !body?.contains(el) &&
    !el.closest(SELECTORS.activityNote) &&
    (!headers || (!headers.contains(el) && follows(headers, el)));
}

/** Only blanks (or other elements) beside the element: no text it is a word of, no colon making it a label. */
function standsApart(el: Element): boolean {
  const blank = (node: ChildNode | null) => node?.nodeType !== 3 || !/[\p{L}\p{N}:]/u.test(node.textContent ?? '');
  return blank(el.previousSibling) && blank(el.nextSibling);
}

/** The From line ("Maya Lindqvist <maya@…>", "maya@…", "\"Lindqvist, Maya\" <…>") as a display name and an address. */
export function senderOf(item: Element, words: Wording): Sender | undefined {
  const marked = textOf(itemPart(item, SELECTORS.emailFrom));
  const text = mailLines(item, words).from ?? afterLabel(marked, words.from) ?? marked;
  // A message headed by its sender with no "From:" label ("Lena Vogt <lena@…> Nov 18 …"): its head names them.
  const head = text ? undefined : senderHeads(item, words)[0];
  if (head) return { name: head.name, address: head.address };
  const address = emailAddressesIn(text)[0];
  const name = text
    .replace(/<[^>]*>|\S+@\S+/g, '')
    .replace(/^[\s"']+|[\s"']+$/g, '')
    .trim();
  if (!name && !address) return undefined;
  return address ? { name, address } : { name };
}

function isThem(sender: Sender, them: MailSides['them']): boolean {
  const known = them.emails.map((e) => e.toLowerCase());
  if (sender.address && known.includes(sender.address.toLowerCase())) return true;
  // A person the page shows no address for is known by name alone, even beside others' addresses.
  if (isNamed(sender.name, them.unaddressed ?? [])) return true;
  if (sender.address && known.length > 0) return false;
  return isNamed(sender.name, them.names);
}
