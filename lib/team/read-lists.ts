import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { crmSchema } from '../schema/activity';
import type { Account } from './accounts';

/**
 * The CRM accounts in the cache, from the unique keys of the contacts' and deals' tenant
 * indexes: a key cursor visits each account once, never a row.
 */
export function readAccounts(db: TouchlineDb): Promise<Account[]> {
  return runTransaction(db, ['contacts', 'deals'], 'readonly', 'read', async (tx) => {
    const seen = new Map<string, Account>();
    for (const store of ['contacts', 'deals'] as const) {
      let cursor = await tx.objectStore(store).index('byTenant').openKeyCursor(null, 'nextunique');
      while (cursor) {
        const [crm, tenant] = cursor.key;
        const parsed = crmSchema.safeParse(crm);
        if (parsed.success && tenant) seen.set(`${crm}:${tenant}`, { crm: parsed.data, tenant });
        cursor = await cursor.continue();
      }
    }
    return [...seen.values()].sort((a, b) => `${a.crm}:${a.tenant}`.localeCompare(`${b.crm}:${b.tenant}`));
  });
}

/** Every owner named on a stored activity, from the unique keys of the owner index, by name. */
export function readOwners(db: TouchlineDb): Promise<string[]> {
  return runTransaction(db, ['activities'], 'readonly', 'read', async (tx) => {
    const owners: string[] = [];
    let cursor = await tx.objectStore('activities').index('byOwner').openKeyCursor(null, 'nextunique');
    while (cursor) {
      if (cursor.key) owners.push(cursor.key);
      cursor = await cursor.continue();
    }
    return owners.sort((a, b) => a.localeCompare(b));
  });
}
