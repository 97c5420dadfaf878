import { listLoggedTouches } from '../db/logged-touches';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { type Activity, crmSchema } from '../schema/activity';
import type { Account } from './accounts';

/**
 * The distinct keys of an index, in order, one seek each: a cursor opened just past the last key
 * found lands on the next one. A `nextunique` cursor walks every entry in between, which over an
 * owner index of 100,000 activities takes seconds for twenty owners.
 */
async function distinctKeys<K extends IDBValidKey>(index: {
  openKeyCursor(range?: IDBKeyRange | null): Promise<{ key: K } | null>;
}): Promise<K[]> {
  const keys: K[] = [];
  let cursor = await index.openKeyCursor(null);
  while (cursor) {
    keys.push(cursor.key);
    cursor = await index.openKeyCursor(IDBKeyRange.lowerBound(cursor.key, true));
  }
  return keys;
}

/**
 * The CRM accounts in the cache, from the distinct keys of the contacts', deals' and activity
 * packs' tenant indexes: never a row. The packs hold every dated activity, so an account
 * known only from an imported export (its rows link to contacts by id, none cached) is there too.
 */
export function readAccounts(db: TouchlineDb): Promise<Account[]> {
  const stores = ['contacts', 'deals', 'activityPacks'] as const;
  return runTransaction(db, [...stores], 'readonly', 'read', async (tx) => {
    const seen = new Map<string, Account>();
    for (const store of stores) {
      for (const [crm, tenant] of await distinctKeys(tx.objectStore(store).index('byTenant'))) {
        const parsed = crmSchema.safeParse(crm);
        if (parsed.success && tenant) seen.set(`${crm}:${tenant}`, { crm: parsed.data, tenant });
      }
    }
    return [...seen.values()].sort((a, b) => `${a.crm}:${a.tenant}`.localeCompare(`${b.crm}:${b.tenant}`));
  });
}

/** Every owner named on a stored activity, from the distinct keys of the owner index, by name. */
export function readOwners(db: TouchlineDb): Promise<string[]> {
  return runTransaction(db, ['activities'], 'readonly', 'read', async (tx) => {
    const owners = await distinctKeys(tx.objectStore('activities').index('byOwner'));
    return owners.filter((owner) => owner).sort((a, b) => a.localeCompare(b));
  });
}

/**
 * Touches logged in Touchline that carry no owner (the user has not set their name in that CRM),
 * in the chosen account or all, dated: on no rep's row unless merged into a page touch that names
 * one, but still touches of their contacts. Logged touches are few, so they are read whole.
 */
export async function readUnownedLogged(db: TouchlineDb, account: string | undefined): Promise<Activity[]> {
  const { touches } = await listLoggedTouches(db);
  return touches.filter(
    (row) =>
      row.owner === undefined &&
      (account === undefined || `${row.crm}:${row.tenant}` === account) &&
      row.timestamp !== undefined,
  );
}

/** Those of `touches` dated in [from, to]. */
export function datedWithin(touches: readonly Activity[], from: Date, to: Date): Activity[] {
  const [start, end] = [from.toISOString(), to.toISOString()];
  return touches.filter((row) => row.timestamp !== undefined && row.timestamp >= start && row.timestamp <= end);
}
