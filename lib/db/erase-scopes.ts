import type { Crm } from '../schema/activity';
import { crmSchema } from '../schema/activity';
import { activityAccounts } from './activity-accounts';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/** What an erase removes: everything, one CRM account, or one contact or deal. */
export type EraseScope =
  | { kind: 'all' }
  | { kind: 'account'; crm: Crm; tenant: string }
  | { kind: 'record'; recordKey: string };

export interface StoredCounts {
  contacts: number;
  deals: number;
  /** Activities read from pages or imported. */
  activities: number;
  /** Touches logged in Touchline. */
  logged: number;
}

export interface StoredAccount extends StoredCounts {
  crm: Crm;
  tenant: string;
}

/**
 * An account's activities by key: page and imported rows are keyed `crm:tenant:activity:…`,
 * logged touches `touchline:crm:tenant:…` (lib/keys.ts), so a key range finds them without a scan.
 */
export function accountRanges(crm: Crm, tenant: string) {
  const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  return { activities: range(`${crm}:${tenant}:`), logged: range(`touchline:${crm}:${tenant}:`) };
}

/** Every CRM account with something stored, and how much, for the options page and erase. */
export function storedAccounts(db: TouchlineDb): Promise<StoredAccount[]> {
  return runTransaction(db, ['contacts', 'deals', 'activities'], 'readonly', 'read', async (tx) => {
    const pairs = new Map<string, [Crm, string]>();
    for (const store of ['contacts', 'deals'] as const) {
      for (const key of await tx.objectStore(store).index('byTenant').getAllKeys()) {
        const [crm, tenant] = key.split(':');
        const parsed = crmSchema.safeParse(crm);
        if (parsed.success && tenant) pairs.set(`${crm}:${tenant}`, [parsed.data, tenant]);
      }
    }
    for (const [crm, tenant] of await activityAccounts(tx.objectStore('activities'))) {
      pairs.set(`${crm}:${tenant}`, [crm, tenant]);
    }
    const accounts = [...pairs.values()].map(async ([crm, tenant]) => {
      const ranges = accountRanges(crm, tenant);
      const [contacts, deals, activities, logged] = await Promise.all([
        tx.objectStore('contacts').index('byTenant').count([crm, tenant]),
        tx.objectStore('deals').index('byTenant').count([crm, tenant]),
        tx.objectStore('activities').count(ranges.activities),
        tx.objectStore('activities').count(ranges.logged),
      ]);
      return { crm, tenant, contacts, deals, activities, logged };
    });
    return (await Promise.all(accounts)).sort((a, b) => `${a.crm}:${a.tenant}`.localeCompare(`${b.crm}:${b.tenant}`));
  });
}
