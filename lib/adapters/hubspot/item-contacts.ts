import type { ActivityType } from '../../schema/activity';
import { type ContactsByAddress, contactNamedBy } from './contact-addresses';
import { rowAddresses } from './email-row-addresses';
import type { ItemParts } from './timeline-item';
import type { HubSpotWords } from './words/types';

/**
 * The deal's contacts an item names (contracts.md: a deal touch carries a contact only where the
 * page names one): its links to contacts, and on an email each address in its From/To/Cc rows that
 * the association cards show under exactly one of the deal's contacts. HubSpot's email previews
 * name people by address only ("From: omar.haddad@…", crm-evidence-2.md), with no link. Never a
 * guess: an address under no contact or under several names none, and the mail's own text none.
 */
export function itemContacts(
  parts: ItemParts,
  type: ActivityType,
  byAddress: ContactsByAddress,
  words: readonly HubSpotWords[],
): string[] {
  if (type !== 'email' || byAddress.size === 0) return parts.contactIds;
  const text = { header: parts.header, body: parts.description, ...(parts.subject ? { subject: parts.subject } : {}) };
  const named = rowAddresses(text, words).flatMap((address) => contactNamedBy(address, byAddress) ?? []);
  return [...new Set([...parts.contactIds, ...named])];
}
