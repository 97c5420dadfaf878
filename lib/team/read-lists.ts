import { listLoggedTouches } from '../db/logged-touches';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { type Activity, crmSchema } from '../schema/activity';
import type { Account } from './accounts';
import { addOwner, listsOf, type OwnerLists, ownerSets } from './owner-lists';

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

const LOGGED_PREFIX = 'touchline:';

/**
 * The account (`crm:tenant`) of an activity's key, and the prefix every key of that account's
 * rows of the same kind starts with: page and imported rows are keyed `crm:tenant:…`, logged
 * touches `touchline:crm:tenant:…` (erase-scopes.ts accountRanges).
 */
function accountOfKey(key: string): { account: string; prefix: string } | undefined {
  const logged = key.startsWith(LOGGED_PREFIX);
  const [crm, tenant] = (logged ? key.slice(LOGGED_PREFIX.length) : key).split(':');
  if (!crmSchema.safeParse(crm).success || !tenant) return undefined;
  return { account: `${crm}:${tenant}`, prefix: `${logged ? LOGGED_PREFIX : ''}${crm}:${tenant}:` };
}

/**
 * Every owner named on a stored activity, and each account's, from the owner index's keys alone:
 * within an owner's entries (in key order) the cursor jumps past the rest of each account's keys,
 * so the walk makes one seek per owner and account (two with logged touches), parsing no row.
 */
export function readOwnerLists(db: TouchlineDb): Promise<OwnerLists> {
  return runTransaction(db, ['activities'], 'readonly', 'read', async (tx) => {
    const sets = ownerSets();
    let cursor = await tx.objectStore('activities').index('byOwner').openKeyCursor();
    while (cursor) {
      const [owner, key] = [cursor.key, cursor.primaryKey];
      const found = accountOfKey(key);
      if (owner) addOwner(sets, owner, found?.account);
      const past = found && `${found.prefix}\uffff`;
      cursor = past && past > key ? await cursor.continuePrimaryKey(owner, past) : await cursor.continue();
    }
    return listsOf(sets);
  });
}

/** Every touch logged in Touchline, merged ones included: logged touches are few, so they are read whole. */
export async function readLogged(db: TouchlineDb): Promise<Activity[]> {
  return (await listLoggedTouches(db)).touches;
}

/**
 * Of the touches logged in Touchline (readLogged), those that carry no owner (the user has not set
 * their name in that CRM), in the chosen account or all, dated: on no rep's row unless merged into
 * a page touch that names one, but still touches of their contacts.
 */
export function withoutOwner(logged: readonly Activity[], account: string | undefined): Activity[] {
  return logged.filter(
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
