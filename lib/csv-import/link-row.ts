import { recordKeyOf } from '../keys';
import type { Crm } from '../schema/activity';
import type { Contact } from '../schema/record';
import type { ImportRow } from './row-schema';

/** The contacts of the account by email; `null` where two contacts share an address (which one is unknowable). */
export type ContactsByEmail = Map<string, string | null>;

export function contactsByEmail(contacts: Iterable<Contact>): ContactsByEmail {
  const byEmail: ContactsByEmail = new Map();
  for (const contact of contacts) {
    const email = contact.email?.trim().toLowerCase();
    if (!email) continue;
    byEmail.set(email, byEmail.has(email) ? null : contact.key);
  }
  return byEmail;
}

export interface Links {
  contactKeys: string[];
  dealKeys: string[];
}

/**
 * The records a row is with (decisions.md, Import of CRM exports): contacts and deals by the
 * CRM's own id, else the contacts by email among the account's cached contacts. A row linked to
 * nothing comes back empty and is reported as unlinked.
 */
export function linkRow(row: ImportRow, crm: Crm, tenant: string, byEmail: ContactsByEmail): Links {
  const dealKeys = row.dealIds.map((id) => recordKeyOf(crm, tenant, 'deal', id)).sort();
  if (row.contactIds.length > 0) {
    return { contactKeys: row.contactIds.map((id) => recordKeyOf(crm, tenant, 'contact', id)).sort(), dealKeys };
  }
  const byMail = row.contactEmails.map((email) => byEmail.get(email)).filter((key) => typeof key === 'string');
  return { contactKeys: [...new Set(byMail)].sort(), dealKeys };
}

export function isLinked(links: Links): boolean {
  return links.contactKeys.length > 0 || links.dealKeys.length > 0;
}
