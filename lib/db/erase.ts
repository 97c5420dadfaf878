import { type Activity, activitySchema } from '../schema/activity';
import { ACTIVITY_WRITE_STORES, deleteAccountPacks } from './activity-packs';
import { eraseOutsideDb } from './erase-outside-db';
import { eraseRecordRows, planRecordErase } from './erase-record';
import { accountRanges, type EraseScope, type StoredCounts } from './erase-scopes';
import { ORIGIN } from './logged-touches';
import { DEAL_WRITE_STORES, deleteDeal } from './put-deal';
import { parseRows } from './rows';
import type { StoreName, TouchlineDb } from './schema';
import { runTransaction } from './transaction';
import { deleteUndatedIn } from './undated-keys';

const ERASE_STORES = [
  ...new Set<StoreName>(['contacts', 'deals', 'undoneTouches', ...ACTIVITY_WRITE_STORES, ...DEAL_WRITE_STORES]),
];

/** What an erase would remove, for the confirmation that says so before anything goes. */
export function countScope(db: TouchlineDb, scope: EraseScope): Promise<StoredCounts> {
  return runTransaction(db, ERASE_STORES, 'readonly', 'read', async (tx) => {
    const activities = tx.objectStore('activities');
    if (scope.kind === 'all') {
      const [contacts, deals, all, logged] = await Promise.all([
        tx.objectStore('contacts').count(),
        tx.objectStore('deals').count(),
        activities.count(),
        activities.index('byOrigin').count(ORIGIN),
      ]);
      return { contacts, deals, activities: all - logged, logged };
    }
    if (scope.kind === 'account') {
      const ranges = accountRanges(scope.crm, scope.tenant);
      const [contacts, deals, page, logged] = await Promise.all([
        tx.objectStore('contacts').index('byTenant').count([scope.crm, scope.tenant]),
        tx.objectStore('deals').index('byTenant').count([scope.crm, scope.tenant]),
        activities.count(ranges.activities),
        activities.count(ranges.logged),
      ]);
      return { contacts, deals, activities: page, logged };
    }
    return (await planRecordErase(tx, scope.recordKey)).counts;
  });
}

/**
 * Erases what the scope names and leaves nothing of it behind: records, activities, logged
 * touches and the deals' share of the per-stage summaries (everything: every store is cleared).
 * One transaction, so the rows are never half erased; then what storage.local holds of the scope
 * (eraseOutsideDb). Resolves to what was removed.
 */
export async function eraseScope(db: TouchlineDb, scope: EraseScope): Promise<StoredCounts> {
  const erased = await eraseRows(db, scope);
  await eraseOutsideDb(scope);
  return erased;
}

function eraseRows(db: TouchlineDb, scope: EraseScope): Promise<StoredCounts> {
  const stores = scope.kind === 'all' ? ([...db.objectStoreNames] as StoreName[]) : ERASE_STORES;
  return runTransaction(db, stores, 'readwrite', 'save', async (tx) => {
    if (scope.kind === 'record') return eraseRecordRows(tx, scope.recordKey);
    if (scope.kind === 'all') {
      const counts = await countAll(tx);
      await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
      return counts;
    }
    const { crm, tenant } = scope;
    const ranges = accountRanges(crm, tenant);
    const activities = tx.objectStore('activities');
    const [contactKeys, dealKeys, page, logged] = await Promise.all([
      tx.objectStore('contacts').index('byTenant').getAllKeys([crm, tenant]),
      tx.objectStore('deals').index('byTenant').getAllKeys([crm, tenant]),
      activities.count(ranges.activities),
      activities.count(ranges.logged),
    ]);
    await Promise.all([
      ...contactKeys.map((key) => tx.objectStore('contacts').delete(key)),
      ...dealKeys.map((key) => deleteDeal(tx, key)),
      activities.delete(ranges.activities),
      activities.delete(ranges.logged),
      // The undo marks' keys are the logged touches' keys.
      tx.objectStore('undoneTouches').delete(ranges.logged),
      deleteAccountPacks(tx, crm, tenant),
      deleteUndatedIn(tx, ranges.activities),
      deleteUndatedIn(tx, ranges.logged),
    ]);
    await eraseStrays(tx, crm, tenant);
    return { contacts: contactKeys.length, deals: dealKeys.length, activities: page, logged };
  });
}

type EraseTx = Parameters<typeof deleteDeal>[0];

async function countAll(tx: EraseTx): Promise<StoredCounts> {
  const [contacts, deals, all, logged] = await Promise.all([
    tx.objectStore('contacts').count(),
    tx.objectStore('deals').count(),
    tx.objectStore('activities').count(),
    tx.objectStore('activities').index('byOrigin').count(ORIGIN),
  ]);
  return { contacts, deals, activities: all - logged, logged };
}

/** Logged touches of the account keyed otherwise (none are today): found by origin, not by key. */
async function eraseStrays(tx: EraseTx, crm: Activity['crm'], tenant: string): Promise<void> {
  const rows = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
  const strays = parseRows(activitySchema, 'activities', rows, []).filter((r) => r.crm === crm && r.tenant === tenant);
  await Promise.all(strays.map((row) => tx.objectStore('activities').delete(row.key)));
}
