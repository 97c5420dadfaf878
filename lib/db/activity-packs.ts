import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import { NO_OWNER, type PackEntry, type PackKey } from '../schema/activity-pack';
import { byTimeThenKey, dayOf, encodeEntry, packId, packKeyOf } from './activity-pack-codec';
import { leased } from './activity-pack-marks';
import { deleteEach, getEach, putEach } from './bulk-requests';
import { turnQueue } from './in-turn';
import { parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { noteUndated } from './undated-keys';

/** The stores a transaction that writes activities must include: the packs and undated keys are kept with them. */
export const ACTIVITY_WRITE_STORES = [
  'activities',
  'activityPacks',
  'undatedActivities',
] as const satisfies readonly StoreName[];

/** A transaction holding at least the ACTIVITY_WRITE_STORES. */
export type PackTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite' | 'versionchange'>;

/** The activities store of a transaction of any mode, as far as rebuilding a pack needs it. */
interface RowsStore {
  index(name: 'byOwnerTime' | 'byTimestamp'): { getAll(range: IDBKeyRange): Promise<unknown[]> };
}

interface PackChange {
  key: PackKey;
  removed: Set<string>;
  added: Map<string, PackEntry>;
}

/**
 * Moves the packs from the stored rows `removed` (as they were before this write; undefined for
 * none or an invalid row, which no pack holds) to `added` (as written), in the caller's
 * transaction, after it has issued the activity writes. Each pack the write touches is read and
 * written once per call, so a bulk writer calls this once with all its rows, not once per row.
 * Calls on one transaction run one after another, even if the caller does not wait. The undated
 * keys (undated-keys.ts) move with the same rows.
 */
export function updateActivityPacks(
  tx: PackTx,
  removed: Iterable<Activity | undefined>,
  added: Iterable<Activity | undefined>,
): Promise<void> {
  const [before, after] = [[...removed], [...added]];
  noteUndated(tx, before, after);
  const changes = new Map<string, PackChange>();
  const changeOf = (activity: Activity): PackChange | undefined => {
    const key = packKeyOf(activity);
    if (!key) return undefined;
    const id = packId(key);
    const change = changes.get(id) ?? { key, removed: new Set<string>(), added: new Map<string, PackEntry>() };
    changes.set(id, change);
    return change;
  };
  for (const row of before) if (row) changeOf(row)?.removed.add(row.key);
  // A key written twice (a file listing one row twice) is stored as its last copy.
  const last = new Map<string, Activity>();
  for (const row of after) if (row) last.set(row.key, row);
  for (const row of last.values()) changeOf(row)?.added.set(row.key, encodeEntry(row));
  if (changes.size === 0) return Promise.resolve();
  return inTurn(tx, () => applyChanges(tx, [...changes.values()]));
}

async function applyChanges(tx: PackTx, changes: PackChange[]): Promise<void> {
  const store = tx.objectStore('activityPacks');
  const stored = await getEach(
    store,
    changes.map((change) => change.key),
  );
  const puts: unknown[] = [];
  const deletes: PackKey[] = [];
  const now = Date.now();
  for (const [i, change] of changes.entries()) {
    // A running import's mark: the rows are the truth until that import rebuilds the pack at its end.
    if (leased(stored[i], now)) continue;
    const before = entriesOf(stored[i]) ?? (await entriesFromRows(tx.objectStore('activities'), change.key));
    const kept = before.filter((entry) => !change.removed.has(entry[0]) && !change.added.has(entry[0]));
    const entries = mergeSorted(kept, [...change.added.values()].sort(byTimeThenKey));
    if (entries.length === 0) {
      if (stored[i] !== undefined) deletes.push(change.key);
      continue;
    }
    const [owner, day, crm, tenant] = change.key;
    puts.push({ owner, day, crm, tenant, entries });
  }
  deleteEach(store, deletes);
  putEach(store, puts);
}

/**
 * Two runs in index order as one: a pack of hundreds gains a few entries per write, and sorting
 * it whole every time was most of a bulk import's cost of keeping the packs.
 */
function mergeSorted(a: PackEntry[], b: PackEntry[]): PackEntry[] {
  if (b.length === 0) return a;
  const merged: PackEntry[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    merged.push(
      byTimeThenKey(a[i] as PackEntry, b[j] as PackEntry) <= 0 ? (a[i++] as PackEntry) : (b[j++] as PackEntry),
    );
  }
  while (i < a.length) merged.push(a[i++] as PackEntry);
  while (j < b.length) merged.push(b[j++] as PackEntry);
  return merged;
}

/**
 * A stored pack's entries, looked at only as far as a write needs (every entry is checked on
 * read); undefined for a damaged or stale pack, which is then rebuilt from its rows.
 */
function entriesOf(row: unknown): PackEntry[] | undefined {
  if (row === undefined) return [];
  if ((row as { stale?: unknown }).stale !== undefined) return undefined;
  const entries = (row as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return undefined;
  return entries.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string') ? entries : undefined;
}

/**
 * A pack's entries from the activities store, as the caller's writes left it. The owner/time
 * index leaves rows without an owner out, so NO_OWNER's day comes from the time index: every
 * row of that day, a few hundred even in a large cache, those without an owner kept.
 */
export async function entriesFromRows(activities: RowsStore, [owner, day, crm, tenant]: PackKey): Promise<PackEntry[]> {
  const start = new Date(Date.parse(`${day}T00:00:00.000Z`)).toISOString();
  const end = new Date(Date.parse(start) + 86_400_000).toISOString();
  const rows =
    owner === NO_OWNER
      ? await activities.index('byTimestamp').getAll(IDBKeyRange.bound(start, end, false, true))
      : await activities.index('byOwnerTime').getAll(IDBKeyRange.bound([owner, start], [owner, end], false, true));
  return parseRows(activitySchema, 'activities', rows, [])
    .filter(
      (row) =>
        (owner !== NO_OWNER || row.owner === undefined) &&
        row.crm === crm &&
        row.tenant === tenant &&
        row.timestamp &&
        dayOf(row.timestamp) === day,
    )
    .map(encodeEntry);
}

/** Every pack, built from every valid stored activity (database version 5). */
export async function rebuildAllPacks(tx: PackTx): Promise<void> {
  const store = tx.objectStore('activityPacks');
  await store.clear();
  const rows = parseRows(activitySchema, 'activities', await tx.objectStore('activities').getAll(), []);
  await updateActivityPacks(tx, [], rows);
}

/**
 * The packs of every valid stored activity without an owner (database version 6; the owners'
 * packs of version 5 stay as they are). Every row is read once, as version 5 did: no index
 * holds the rows without an owner alone.
 */
export async function packOwnerlessRows(tx: PackTx): Promise<void> {
  const rows = parseRows(activitySchema, 'activities', await tx.objectStore('activities').getAll(), []);
  await updateActivityPacks(
    tx,
    [],
    rows.filter((row) => row.owner === undefined),
  );
}

/** Deletes every pack of a CRM account (erasing the account, whose every activity goes). */
export async function deleteAccountPacks(tx: PackTx, crm: Activity['crm'], tenant: string): Promise<void> {
  const store = tx.objectStore('activityPacks');
  deleteEach(store, await store.index('byTenant').getAllKeys([crm, tenant]));
}

/** Pack updates on one transaction run one after another (they rewrite the same packs). */
const inTurn = turnQueue();
