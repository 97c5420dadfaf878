import type { Direction } from '../../schema/activity';
import type { ItemText } from './classify-activity';
import { mentionsName } from './mentions-name';
import type { Sentence } from './sentence';
import { isOneOf, type SalesforceWords, saysAny, wordsOf } from './words';

/** Who the record is (its people's names and, on a contact, its email) and who owns it. */
export interface RecordPeople {
  names: readonly string[];
  email?: string;
  /** The record's owner, a user: on the company's side of every email. */
  owner?: string;
}

type Side = 'company' | 'record';

/**
 * An email's direction from who sent it: the sentence's own wording ("… sent you an email"), its
 * From/To rows, else its sentence's sender and recipient (crm-evidence-2.md: "direction comes from
 * who sent it versus the record"). Each person is placed on the company's side (the viewer, "You",
 * or the record's owner) or the record's (its people, or a contact or lead the item links to: a
 * deal's contact without a role is still the customer). Unknown when the page places neither:
 * guessing outbound counted a customer's mail as the rep's touch, with the customer as its owner.
 */
export function emailDirection(
  item: ItemText,
  sentence: Sentence | undefined,
  people: RecordPeople,
  words: readonly SalesforceWords[],
): Direction {
  if (saysAny(item.summary, wordsOf(words, 'inboundEmail'))) return 'inbound';
  const side = sideOf(people, item.linkedPeople ?? [], words);
  const rows = fromToSays(item, side);
  if (rows !== 'unknown') return rows;
  if (sentence) {
    const sender = side(sentence.actor);
    if (sender) return sender === 'company' ? 'outbound' : 'inbound';
    const recipient = sentence.counterpart ? side(sentence.counterpart) : undefined;
    if (recipient) return recipient === 'company' ? 'inbound' : 'outbound';
  }
  // The item's own wording, not the email's body, where "received" is anyone's word.
  if (/^(re|aw|sv):/i.test(item.subject) && /\breceived\b/i.test(`${item.summary} ${item.headerText ?? ''}`))
    return 'inbound';
  return 'unknown';
}

/** The side a name or a From/To row is on; undefined when it names no one the page places. */
function sideOf(
  people: RecordPeople,
  linked: readonly string[],
  words: readonly SalesforceWords[],
): (text: string) => Side | undefined {
  const record = [...(people.email ? [people.email] : []), ...people.names, ...linked].filter(Boolean);
  return (text) => {
    if (/^you$/i.test(text) || isOneOf(text, wordsOf(words, 'you'))) return 'company';
    if (record.some((name) => mentionsName(text, name))) return 'record';
    if (people.owner && mentionsName(text, people.owner)) return 'company';
    return undefined;
  };
}

/**
 * The From row's side, else the To row's; unknown when neither row places anyone, or when "To"
 * holds both sides (a colleague of the contact writing to the rep with the contact copied: the
 * message is logged to every contact it was addressed to, and its sender is no one placed).
 */
function fromToSays(item: ItemText, side: (text: string) => Side | undefined): Direction {
  const sender = item.from ? side(item.from) : undefined;
  if (sender) return sender === 'record' ? 'inbound' : 'outbound';
  const recipients = new Set((item.to ?? '').split(/[;,]/).map((to) => side(to.trim())));
  recipients.delete(undefined);
  if (recipients.size !== 1) return 'unknown';
  return recipients.has('record') ? 'outbound' : 'inbound';
}
