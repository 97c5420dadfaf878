import { isFromExportOnly } from '../csv-import/deals/to-deal';
import { recordKeyOf } from '../keys';
import type { Contact, Deal } from '../schema/record';

/**
 * Contact key → the name a deal page's association section gave the contact. A deal page names
 * contacts whose own page was never opened (their touches reach the team page through the deal's
 * timeline); when two deals name one contact differently, the deal read last speaks.
 */
export function contactNamesOnDeals(deals: readonly Deal[]): Map<string, string> {
  const named = new Map<string, { name: string; readAt: number }>();
  for (const deal of deals) {
    const readAt = Date.parse(deal.lastReadAt);
    for (const { id, name } of deal.contacts) {
      const shown = name.trim();
      if (!shown) continue;
      const key = recordKeyOf(deal.crm, deal.tenant, 'contact', id);
      const earlier = named.get(key);
      if (!earlier || readAt >= earlier.readAt) named.set(key, { name: shown, readAt });
    }
  }
  return new Map([...named].map(([key, { name }]) => [key, name]));
}

/**
 * Who a follow-up is with: the contact's own page first, then a deal page that lists it, then the
 * name an export gave it (stored with no page reading, lib/csv-import/export-contacts.ts); undefined
 * when nothing Touchline holds names it.
 */
export function contactName(contact: Contact | undefined, namedOnDeal: string | undefined): string | undefined {
  if (contact && !isFromExportOnly(contact)) return contact.name;
  return namedOnDeal ?? contact?.name;
}
