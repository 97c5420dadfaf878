import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import type { DealContacts } from './people-of';
import { parseRow } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { dealContactsOfTenant, otherCopies, type ReadTx } from './touch-copies';
import { withUserFieldsMoved } from './user-fields';

/**
 * Every stored copy of page touch `pageKey` (the row and its otherCopies) with what logged touch
 * `gone` gave it taken off and what the logged touches merged into it now (`holders`, as stored)
 * give put on: mergeLogged gave the user's fields to the copy named in `mergedInto` and to every
 * later copy, so whatever changes them must reach them all. Resolves to the copies before and
 * after, for the packs. The transaction must include the deals store (COPY_READ_STORES). A caller
 * that rewrites many touches passes `accounts` (dealContactsOnce), so each account's deals are read once.
 */
export async function rewriteCopiesOf(
  tx: IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>,
  pageKey: string | undefined,
  gone: Activity | undefined,
  holders: readonly Activity[],
  accounts?: AccountDeals,
): Promise<{ before: Activity[]; after: Activity[] }> {
  const store = tx.objectStore('activities');
  const page = pageKey && parseRow(activitySchema, 'activities', await store.get(pageKey), []);
  if (!page) return { before: [], after: [] };
  const given = holders.filter((touch) => touch.mergedInto === page.key);
  const copies = [page, ...(await otherCopies(tx, page, await accounts?.(page.crm, page.tenant)))];
  const rewritten = copies.map((copy) => withUserFieldsMoved(copy, gone, given));
  await Promise.all(rewritten.map((row) => store.put(row)));
  return { before: copies, after: rewritten };
}

/** The deals' contacts of one CRM account (dealContactsOfTenant). */
export type AccountDeals = (crm: string, tenant: string) => Promise<DealContacts>;

/** dealContactsOfTenant read once per account for the life of one transaction whose deals do not change. */
export function dealContactsOnce(tx: ReadTx): AccountDeals {
  const read = new Map<string, Promise<DealContacts>>();
  return (crm, tenant) => {
    const key = `${crm}|${tenant}`;
    const known = read.get(key) ?? dealContactsOfTenant(tx, crm, tenant);
    read.set(key, known);
    return known;
  };
}
