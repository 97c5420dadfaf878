import type { IDBPObjectStore, StoreNames } from 'idb';
import { type Crm, crmSchema } from '../schema/activity';
import type { TouchlineSchema } from './schema';

const LOGGED_PREFIX = 'touchline:';

/**
 * The CRM accounts the activities store holds rows of, from its keys alone: page and imported
 * rows are keyed `crm:tenant:…`, logged touches `touchline:crm:tenant:…` (accountRanges), so a
 * key cursor reads one key per account and jumps past the rest of it, parsing no row. An account
 * whose activities came only from a CRM export (team page import) is found this way too.
 */
export async function activityAccounts<Stores extends ArrayLike<StoreNames<TouchlineSchema>>>(
  store: IDBPObjectStore<TouchlineSchema, Stores, 'activities', 'readonly'>,
): Promise<[Crm, string][]> {
  const accounts: [Crm, string][] = [];
  let cursor = await store.openKeyCursor();
  while (cursor) {
    const key = cursor.key;
    const logged = key.startsWith(LOGGED_PREFIX);
    const [crm, tenant] = (logged ? key.slice(LOGGED_PREFIX.length) : key).split(':');
    const parsed = crmSchema.safeParse(crm);
    if (parsed.success && tenant) accounts.push([parsed.data, tenant]);
    // Past every key of this account (or of this odd prefix); a key without one is stepped over.
    const prefix = tenant === undefined ? undefined : `${logged ? LOGGED_PREFIX : ''}${crm}:${tenant}:`;
    cursor = prefix && key.startsWith(prefix) ? await cursor.continue(`${prefix}\uffff`) : await cursor.continue();
  }
  return accounts;
}
