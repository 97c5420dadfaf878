import { sortedUnion } from './objects';

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

/**
 * The people of two copies of one touch: both copies' contact keys, except a Salesforce Lead's
 * where a Contact of the same org is among them. A Salesforce Task or Event names one Lead or up
 * to 50 Contacts, never a Lead and Contacts together (TaskWhoRelation, Salesforce object
 * reference), so one activity id seen with both says the Lead was converted and Salesforce moved
 * the activity to the new Contact: that Contact is the person, and keeping the Lead would count
 * them twice as active contacts. Whatever order the pages were read in, the Lead's key goes.
 */
export function peopleOfCopies(a: readonly string[] = [], b: readonly string[] = []): string[] {
  const keys = sortedUnion(a, b);
  const orgsWithContacts = new Set(keys.map(contactOrg).filter((org) => org !== undefined));
  if (orgsWithContacts.size === 0) return keys;
  return keys.filter((key) => {
    const org = leadOrg(key);
    return org === undefined || !orgsWithContacts.has(org);
  });
}
