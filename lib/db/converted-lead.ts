import { normalAddress } from './email-address';
import { sortedUnion } from './objects';
import { sameFullName } from './same-full-name';

/**
 * A Salesforce Lead's key (`00Q` id, kept as a contact: crm-pages.md "Lead records count as
 * contacts"), with the org it belongs to.
 */
const LEAD_KEY = /^(salesforce:.+):contact:00Q[a-zA-Z0-9]{12,15}$/;
/** A Salesforce Contact's key (`003` id), with its org. */
const CONTACT_KEY = /^(salesforce:.+):contact:003[a-zA-Z0-9]{12,15}$/;

/** The org of a Salesforce Lead's key, else undefined. */
export function leadOrg(key: string): string | undefined {
  return LEAD_KEY.exec(key)?.[1];
}

/** The org of a Salesforce Contact's key, else undefined. */
export function contactOrg(key: string): string | undefined {
  return CONTACT_KEY.exec(key)?.[1];
}

/** Task (`00T`) and Event (`00U`) ids: an email (`02s`) may name Leads and Contacts together. */
const TASK_OR_EVENT_ID = /^00[TU][a-zA-Z0-9]{12,15}$/;

/**
 * Whether a Salesforce activity id seen with a Lead and a Contact says the Lead was converted: a
 * Task or Event names one Lead or up to 50 Contacts, never a Lead and Contacts together
 * (TaskWhoRelation, Salesforce object reference). An email does not say so: EmailMessageRelation
 * relates one email to leads, contacts and users at once (a Contact emailed, a Lead in Cc), unless
 * the two records are one mailbox under one name (emailTellsConversion).
 */
export function tellsConversion(sourceId: string | undefined): boolean {
  return sourceId !== undefined && TASK_OR_EVENT_ID.test(sourceId);
}

/** EmailMessage ids (Enhanced Email, `02s`): the emails a Lead's or Contact's timeline lists. */
const EMAIL_MESSAGE_ID = /^02s[a-zA-Z0-9]{12,15}$/;

/** A person's record as its page shows it: the name and the email address. */
interface Person {
  name: string;
  email?: string | undefined;
}

/**
 * Whether an email (`sourceId`) stored with `lead` and shown on `contact`'s page, of one org, says
 * the Lead was converted into the Contact. An email may name a Lead and a Contact together (a
 * Contact emailed, a Lead in Cc: tellsConversion), but then two mailboxes: a conversion carries
 * the Lead's name and address over to the Contact, so one address and the same name, letter for
 * letter, on both say one person; either alone does not (a firm's shared mailbox, two people of
 * one name), nor a name one may shorten ("Chris" and "Christine Taylor" at office@…).
 */
export function emailTellsConversion(sourceId: string | undefined, lead: Person, contact: Person): boolean {
  if (sourceId === undefined || !EMAIL_MESSAGE_ID.test(sourceId)) return false;
  const address = normalAddress(contact.email);
  return address !== undefined && normalAddress(lead.email) === address && sameFullName(lead.name, contact.name);
}

/**
 * The people of two copies of one touch (`sourceId`, their CRM id): both copies' contact keys,
 * except a Salesforce Lead's where a Contact of the same org is among them and the id is a Task's
 * or an Event's (tellsConversion): the Lead was converted and Salesforce moved the activity to the
 * new Contact, who is the person; keeping the Lead would count them twice as active contacts.
 * Whatever order the pages were read in, the Lead's key goes.
 */
export function peopleOfCopies(a: readonly string[] = [], b: readonly string[] = [], sourceId?: string): string[] {
  const keys = sortedUnion(a, b);
  if (!tellsConversion(sourceId)) return keys;
  const orgsWithContacts = new Set(keys.map(contactOrg).filter((org) => org !== undefined));
  if (orgsWithContacts.size === 0) return keys;
  return keys.filter((key) => {
    const org = leadOrg(key);
    return org === undefined || !orgsWithContacts.has(org);
  });
}
