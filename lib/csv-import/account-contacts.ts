import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import type { Crm } from '../schema/activity';
import { type Contact, contactSchema } from '../schema/record';

/** The account's cached contacts, which rows without a contact id link to by email (the import and its preview). */
export async function contactsOfAccount(db: TouchlineDb, crm: Crm, tenant: string): Promise<Contact[]> {
  const rows = await db.getAllFromIndex('contacts', 'byTenant', [crm, tenant]);
  return parseRows(contactSchema, 'contacts', rows, []);
}
