import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import { dealSchema } from '../schema/record';
import { contactKeysOf } from './batch-work';
import { ORIGIN } from './logged-touches';
import { type DealContacts, peopleOf } from './people-of';
import { parseRows } from './rows';
import { sameTouch } from './same-touch';
import type { StoreName, TouchlineSchema } from './schema';

/** The stores otherCopies reads, which the caller's transaction must include. */
export const COPY_READ_STORES = ['activities', 'deals'] as const satisfies readonly StoreName[];

export type ReadTx = IDBPTransaction<TouchlineSchema, StoreName[], IDBTransactionMode>;

/**
 * The other stored page copies of `page`'s touch (sameTouch), looked for where a reading looks
 * for earlier copies (batch-logged.ts earlierCopies): the rows of its people, on their own pages
 * and on the pages of the deals they are on. A logged touch merged into one copy gave its
 * outcome, note and owner to every later copy, so whatever undoes that must reach them all.
 * Sorted by key, so the same cache always gives the same answer.
 */
export async function otherCopies(tx: ReadTx, page: Activity, known?: DealContacts): Promise<Activity[]> {
  // A caller that read the account's deals already passes them (`known`).
  const dealContacts = known ?? (await dealContactsOfTenant(tx, page.crm, page.tenant));
  const rows = await rowsOfPeople(tx, peopleOf(page, dealContacts), dealContacts);
  return rows
    .filter((row) => row.key !== page.key && row.origin !== ORIGIN && sameTouch(row, page, dealContacts))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Deal key → its contacts' keys, for every stored deal of one CRM account. */
export async function dealContactsOfTenant(tx: ReadTx, crm: string, tenant: string): Promise<DealContacts> {
  const deals = await tx.objectStore('deals').index('byTenant').getAll([crm, tenant]);
  return new Map(parseRows(dealSchema, 'deals', deals, []).map((deal) => [deal.key, contactKeysOf(deal)]));
}

/** The stored rows of these people, on their own pages and on the pages of the deals they are on. */
export async function rowsOfPeople(
  tx: ReadTx,
  people: readonly string[],
  dealContacts: DealContacts,
): Promise<Activity[]> {
  const records = new Set(people);
  for (const [deal, contacts] of dealContacts) if (contacts.some((key) => people.includes(key))) records.add(deal);
  const activities = tx.objectStore('activities');
  const rows = await Promise.all(
    [...records].map((key) => activities.index(key.includes(':deal:') ? 'byDeal' : 'byContact').getAll(key)),
  );
  const byKey = new Map(parseRows(activitySchema, 'activities', rows.flat(), []).map((row) => [row.key, row]));
  return [...byKey.values()];
}
