import { fold } from '../../locale/fold';
import { samePersonName } from '../../locale/same-person-name';
import type { Direction } from '../../schema/activity';
import { ADDRESS } from './contact-email';
import type { HubSpotWords } from './words/types';

/** Where an email's text says who wrote it and to whom: the header's own wording, its body, its subject line. */
export interface EmailText {
  /** The header, folded: short enough to hold no quoted mail. */
  header: string;
  body: string;
  /** The body's first line when no title hook marks it (a subject): the body's rows may follow it. */
  subject?: string;
}

/** The people an email's direction is told against: the record's contacts and the reps the page names. */
export interface EmailPeople {
  /** Names and email addresses of the record's contacts. */
  contacts: readonly string[];
  /** Names of the company's side the page shows: the record's owner, the user an item's header names. */
  reps: readonly string[];
  /**
   * The contacts are all the record's (a contact page). A deal's Contacts card may list fewer: a
   * sender it does not name may be one of its contacts, never surely a third person.
   */
  allContacts: boolean;
}

/**
 * An email's direction and what told it: its sender (final, whatever the header's words say) or
 * only its recipient (the header's "reply" may still say it came in).
 */
export interface EmailParties {
  direction: Direction;
  by: 'sender' | 'recipient';
}

/**
 * An email's direction by who it is from or to (crm-evidence-2.md: "direction comes from who sent
 * it versus the record"): the header's own "from X" ("Email from Alex Morgan to Mara Quist"), else
 * the From row that opens its body ("From: Mara Quist … To: Alex Morgan" under a "Logged email"),
 * else whom the header or the To row names. Sent by a contact: inbound; by a rep: outbound; by a
 * third person named in the From row (a colleague of the contact, whom HubSpot logs the mail on
 * every contact it was addressed or copied to): unknown, neither the contact's reply nor the rep's
 * touch, as the Salesforce and Pipedrive readers read such mail. Without a sender settled, a mail
 * to a contact is outbound. Who wrote a mail says more than who logged it: a rep logs the contact's
 * mail too. Rows further down are quoted text (Outlook's "From: … Sent: … To: …" of the mail being
 * answered) and never count. Undefined when nothing names a contact or a rep.
 */
export function emailParties(
  text: EmailText,
  people: EmailPeople,
  words: readonly HubSpotWords[],
): EmailParties | undefined {
  const folded = {
    contacts: people.contacts.map(fold).filter(Boolean),
    reps: people.reps.map(fold).filter(Boolean),
    allContacts: people.allContacts,
  };
  const header = rowless(fold(text.header));
  const rows = openingRows(text, words);
  const fromHeader = headerSender(header, folded, words);
  if (fromHeader) return { direction: fromHeader, by: 'sender' };
  const fromRow = rows ? rowSender(rows, folded) : undefined;
  if (fromRow) return { direction: fromRow, by: 'sender' };
  const to = (recipient: string | undefined) =>
    recipient !== undefined && folded.contacts.some((name) => recipient.startsWith(name));
  if (headerNamesRecipient(header, folded.contacts, words) || to(rows?.recipient))
    return { direction: 'outbound', by: 'recipient' };
  return undefined;
}

/** "from <contact>" → inbound, "from <rep>" → outbound, anywhere in a short text (a header). */
function headerSender(text: string, { contacts, reps }: Folded, words: readonly HubSpotWords[]): Direction | undefined {
  const from = (names: readonly string[]) =>
    names.some((name) => words.some((w) => w.from.some((word) => ` ${text} `.includes(` ${word} ${name}`))));
  if (from(contacts)) return 'inbound';
  if (from(reps)) return 'outbound';
  return undefined;
}

/** "to <contact>" anywhere in a short text (a header). */
function headerNamesRecipient(text: string, contacts: readonly string[], words: readonly HubSpotWords[]): boolean {
  return contacts.some((name) => words.some((w) => w.to.some((to) => ` ${text} `.includes(` ${to} ${name}`))));
}

/** The opening rows: the From row's text onwards, the first To row's text onwards. */
interface Rows {
  sender?: string;
  recipient?: string;
}

interface Folded {
  contacts: readonly string[];
  reps: readonly string[];
  allContacts: boolean;
}

/**
 * The From row's sender (the row's text onwards): at a contact's address the page shows, or named
 * as a contact (however the mail client spells the name: same-person-name.ts) → inbound; a rep
 * writing to a contact (in any of the rows after theirs, a Cc too) → outbound; another person named
 * (not only an address) on a contact page that names its reps → unknown. A sender shown only by an
 * address, or named where the page names no rep or maybe not every contact (a deal), is no one the
 * page places, and a rep's mail to no contact named ("from Jamie Patel to the buying group") says
 * no more than before: undefined.
 */
function rowSender({ sender, recipient }: Rows, { contacts, reps, allContacts }: Folded): Direction | undefined {
  if (sender === undefined) return undefined;
  const from = fromParty(sender, recipient);
  // The address is the mailbox itself: it says who wrote before any display name does.
  if (from.address !== undefined && contacts.includes(from.address)) return 'inbound';
  const named = (people: readonly string[]) =>
    people.some((person) => from.names.some((name) => samePersonName(name, person)));
  if (named(contacts)) return 'inbound';
  if (named(reps)) return contacts.some((name) => ` ${recipient ?? ''}`.includes(` ${name}`)) ? 'outbound' : undefined;
  const byName = sender !== '' && !/^[^\s<>]+@/.test(sender);
  return byName && allContacts && reps.length > 0 && !outsideContactsDomains(from.address, contacts)
    ? 'unknown'
    : undefined;
}

/** Who the From row shows: its address, if any, and what its name may be. */
interface FromParty {
  address?: string;
  /**
   * The row's first one to five words before its address: with no To row after it, the row's text
   * runs on into the mail's own ("Sam Rivera Hi Omar, …"), so where the name ends is not known.
   */
  names: string[];
}

/** A display name, its address in angle brackets ("Omar J. Haddad <omar.haddad@…>"), or an address alone. */
const PARTY = new RegExp(`^(?:([^<>@]*?)\\s*<\\s*(${ADDRESS.source})\\s*>|(${ADDRESS.source}))`, 'u');

function fromParty(sender: string, recipient: string | undefined): FromParty {
  const own = recipient === undefined ? sender : sender.slice(0, sender.length - recipient.length);
  const party = PARTY.exec(own);
  const address = party?.[2] ?? party?.[3];
  const words = (party ? (party[1] ?? '') : own).replace(/"/g, ' ').split(' ').filter(Boolean).slice(0, 5);
  const names = words.map((_, i) => words.slice(0, i + 1).join(' '));
  return address === undefined ? { names } : { address, names };
}

/**
 * The sender's own address is at a domain none of the contacts' addresses is: a teammate of the
 * rep the page names nowhere else (an SDR writing to the owner's contact) more likely than the
 * contact's colleague, so the mail is read as one to a contact.
 */
function outsideContactsDomains(address: string | undefined, contacts: readonly string[]): boolean {
  const domain = address?.split('@')[1];
  return domain !== undefined && !contacts.some((c) => c.endsWith(`@${domain}`));
}

/**
 * Who the From row the body opens with may name, folded ("Samuel Rivera <samuel.rivera@…>" →
 * "samuel", "samuel rivera"): how many words the name is the row does not always say (`FromParty`).
 * None where the body opens with no From row.
 */
export function fromRowNames(text: Pick<EmailText, 'body' | 'subject'>, words: readonly HubSpotWords[]): string[] {
  const rows = openingRows(text, words);
  return rows?.sender === undefined ? [] : fromParty(rows.sender, rows.recipient).names;
}

/** "From: jordan@…" reads like "from jordan@…". */
function rowless(text: string): string {
  return text.replace(/\s*:\s+/g, ' ');
}

/**
 * The From and To rows the body opens with, right at its start or after its subject line: the
 * sender is the first From row's text onwards, the recipient the first To row's after it. A body
 * opening with anything else (the mail's own text) has no rows of its own: any below are quoted.
 */
function openingRows(text: Pick<EmailText, 'body' | 'subject'>, words: readonly HubSpotWords[]): Rows | undefined {
  const body = rowless(fold(text.body));
  const subject = text.subject ? rowless(fold(text.subject)) : '';
  const afterSubject = subject && body.startsWith(subject) ? body.slice(subject.length).trim() : '';
  for (const w of words)
    for (const rows of [body, afterSubject]) {
      const from = w.from.find((word) => rows.startsWith(`${word} `));
      const to = w.to.find((word) => rows.startsWith(`${word} `));
      if (from) {
        const sender = rows.slice(from.length + 1);
        const recipient = firstTo(sender, w);
        return recipient === undefined ? { sender } : { sender, recipient };
      }
      if (to) return { recipient: rows.slice(to.length + 1) };
    }
  return undefined;
}

/** What follows the first To row's word in `rest` (the text after the From row's word). */
function firstTo(rest: string, w: HubSpotWords): string | undefined {
  const spaced = ` ${rest}`;
  const found = w.to
    .map((to) => spaced.indexOf(` ${to} `))
    .filter((at) => at >= 0)
    .sort((a, b) => a - b)[0];
  if (found === undefined) return undefined;
  return spaced.slice(found + 1).replace(/^\S+ /, '');
}
