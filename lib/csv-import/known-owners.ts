import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import type { Crm } from '../schema/activity';
import { type Contact, dealSchema } from '../schema/record';
import { readOwnerLists } from '../team/read-lists';
import type { KnownOwners } from './owner-cell';

/**
 * The owners a CRM account already knows, as pages and earlier imports printed them: those of its
 * stored activities (the team page's owner lists), of its cached contacts (`contacts`, read by the
 * import already) and of its deals. An export spelling one otherwise ("Rivera, Sam") is read as
 * that owner (ownerCell), so the team page shows the rep on one row.
 */
export async function knownOwners(
  db: TouchlineDb,
  crm: Crm,
  tenant: string,
  contacts: readonly Contact[],
): Promise<KnownOwners> {
  const lists = await readOwnerLists(db);
  const deals = parseRows(dealSchema, 'deals', await db.getAllFromIndex('deals', 'byTenant', [crm, tenant]), []);
  const ofRecords = [...contacts, ...deals].flatMap((record) => (record.owner ? [record.owner] : []));
  return [...new Set([...(lists.byAccount[`${crm}:${tenant}`] ?? []), ...ofRecords])];
}
