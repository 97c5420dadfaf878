import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { recordKeyOf } from '../keys';
import type { Crm } from '../schema/activity';
import type { Contact } from '../schema/record';
import { NOT_READ_FROM_A_PAGE } from './deals/to-deal';
import type { ImportRow } from './row-schema';

/**
 * The contacts an activity export names by id that the cache has no record of, with the name the
 * export gives them. Stored as a contact with that name only, so the team page can say who a
 * contact gone cold is (not its CRM id); `lastReadAt` is the epoch, as for deals only an export
 * brought (deals/to-deal.ts), so the first page reading of the contact is the newer and its fields
 * win (lib/db/page-records.ts). No email is kept: an address that links later rows is one a page
 * showed (decisions.md: "by email" among cached contacts).
 */
export interface ExportContacts {
  /** Notes the row's contact when the row names one contact, by id and name, that is not cached. */
  note(row: ImportRow): void;
  /** The contacts noted since the last call. */
  take(): Contact[];
}

export function exportContacts(crm: Crm, tenant: string, cached: ReadonlySet<string>): ExportContacts {
  const noted = new Set<string>();
  let pending: Contact[] = [];
  return {
    note(row) {
      const [id, ...others] = row.contactIds;
      const name = row.contactName ? nameOnly(row.contactName) : '';
      if (!id || others.length > 0 || !name) return;
      const key = recordKeyOf(crm, tenant, 'contact', id);
      if (cached.has(key) || noted.has(key)) return;
      noted.add(key);
      pending.push({ key, crm, tenant, kind: 'contact', recordId: id, lastReadAt: NOT_READ_FROM_A_PAGE, name });
    },
    take() {
      const taken = pending;
      pending = [];
      return taken;
    },
  };
}

/** "Jordan Lee (jordan@example.com)" → "Jordan Lee": the addresses a contact cell may hold are not the name. */
function nameOnly(cell: string): string {
  return cell
    .replace(/[(<]\s*[^\s@()<>]+@[^\s@()<>]+\s*[)>]/g, ' ')
    .replace(/[^\s@()<>;,]+@[^\s@()<>;,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
}

/**
 * Stores the contacts not stored meanwhile (a page may have read one since the import began:
 * its reading is never overwritten), in one transaction.
 */
export async function storeExportContacts(db: TouchlineDb, contacts: readonly Contact[]): Promise<void> {
  if (contacts.length === 0) return;
  await runTransaction(db, ['contacts'], 'readwrite', 'save', async (tx) => {
    const store = tx.objectStore('contacts');
    const stored = await Promise.all(contacts.map((contact) => store.getKey(contact.key)));
    await Promise.all(contacts.flatMap((contact, i) => (stored[i] === undefined ? [store.put(contact)] : [])));
  });
}
