import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import { updateActivityPacks } from './activity-packs';
import type { StoredCounts } from './erase-scopes';
import { ORIGIN } from './logged-touches';
import { deleteDeal } from './put-deal';
import { parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { withoutUserFields } from './user-fields';

type EraseTx = Parameters<typeof deleteDeal>[0];
type ReadTx = IDBPTransaction<TouchlineSchema, StoreName[], IDBTransactionMode>;

/**
 * Erasing one contact or deal: its row, the activities that were only its, and its key (and CRM
 * id) taken from activities it shares with other records, which stay theirs. A logged touch whose
 * page copy goes is no longer merged; a page copy that stays loses what an erased logged touch
 * gave it. Only reads: eraseRecordRows applies the plan.
 */
export async function planRecordErase(tx: ReadTx, recordKey: string) {
  const isDeal = recordKey.includes(':deal:');
  const store = tx.objectStore('activities');
  const [record, linked, loggedRows] = await Promise.all([
    tx.objectStore(isDeal ? 'deals' : 'contacts').getKey(recordKey),
    store.index(isDeal ? 'byDeal' : 'byContact').getAll(recordKey),
    store.index('byOrigin').getAll(ORIGIN),
  ]);
  const rows = parseRows(activitySchema, 'activities', linked, []);
  const logged = parseRows(activitySchema, 'activities', loggedRows, []);
  /** The rows as stored, for the packs: every row the plan deletes or rewrites is one of them. */
  const stored = new Map([...logged, ...rows].map((row) => [row.key, row]));
  const erased = rows.filter((row) => linksOf(row).every((key) => key === recordKey));
  const gone = new Set(erased.map((row) => row.key));
  const rewrites = new Map(rows.filter((row) => !gone.has(row.key)).map((row) => [row.key, detached(row, recordKey)]));
  for (const touch of logged) {
    if (gone.has(touch.key) || !touch.mergedInto || !gone.has(touch.mergedInto)) continue;
    const { mergedInto: _pageCopyErased, ...unmerged } = rewrites.get(touch.key) ?? touch;
    rewrites.set(touch.key, unmerged);
  }
  for (const touch of erased) {
    if (!touch.mergedInto || gone.has(touch.mergedInto)) continue;
    const page = await pageCopy(tx, touch.mergedInto, rewrites, stored);
    if (page) rewrites.set(page.key, withoutUserFields(page, touch));
  }
  const counts: StoredCounts = {
    contacts: !isDeal && record !== undefined ? 1 : 0,
    deals: isDeal && record !== undefined ? 1 : 0,
    activities: erased.filter((row) => row.origin !== ORIGIN).length,
    logged: erased.filter((row) => row.origin === ORIGIN).length,
  };
  return { recordKey, isDeal, counts, gone, rewrites, stored };
}

/** Erases one record as planRecordErase says, in the caller's transaction; resolves to what went. */
export async function eraseRecordRows(tx: EraseTx, recordKey: string): Promise<StoredCounts> {
  const plan = await planRecordErase(tx, recordKey);
  const store = tx.objectStore('activities');
  const written = [...plan.gone, ...plan.rewrites.keys()];
  await Promise.all([
    plan.isDeal ? deleteDeal(tx, recordKey) : tx.objectStore('contacts').delete(recordKey),
    ...[...plan.gone].map((key) => store.delete(key)),
    ...[...plan.rewrites.values()].map((row) => store.put(row)),
    updateActivityPacks(
      tx,
      written.map((key) => plan.stored.get(key)),
      plan.rewrites.values(),
    ),
  ]);
  return plan.counts;
}

function linksOf(row: Activity): string[] {
  return [...row.contactKeys, ...row.dealKeys];
}

function detached(row: Activity, recordKey: string): Activity {
  const id = recordKey.split(':').slice(3).join(':');
  const next = {
    ...row,
    contactKeys: row.contactKeys.filter((key) => key !== recordKey),
    dealKeys: row.dealKeys.filter((key) => key !== recordKey),
  };
  if (row.contactIds && recordKey.includes(':contact:')) next.contactIds = row.contactIds.filter((c) => c !== id);
  return next;
}

async function pageCopy(
  tx: ReadTx,
  key: string,
  rewrites: Map<string, Activity>,
  stored: Map<string, Activity>,
): Promise<Activity | undefined> {
  const pending = rewrites.get(key);
  if (pending) return pending;
  const row = parseRows(
    activitySchema,
    'activities',
    [await tx.objectStore('activities').get(key)].filter(Boolean),
    [],
  );
  if (row[0] && !stored.has(key)) stored.set(key, row[0]);
  return row[0];
}
