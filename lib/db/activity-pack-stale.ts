import type { Activity } from '../schema/activity';
import type { PackKey } from '../schema/activity-pack';
import { nextTask } from '../yield-to-page';
import { packId, packKeyOf } from './activity-pack-codec';
import { ACTIVITY_WRITE_STORES, entriesFromRows, type PackTx } from './activity-packs';
import { deleteEach, putEach } from './bulk-requests';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/** Packs rebuilt per transaction: a day pack holds tens of rows, so one transaction stays a short task. */
const REBUILD_PACKS = 40;

/**
 * Marks the packs of these rows stale with a blind put (no read, no entries): what a bulk import
 * does instead of rewriting packs, which made it five times slower than its rows' own writes.
 * Readers fall back to the rows; rebuildStalePacks (or the next write to the pack) makes it whole.
 */
export function markPacksStale(tx: PackTx, rows: Iterable<Activity | undefined>): void {
  const marks = new Map<string, unknown>();
  for (const row of rows) {
    const key = row && packKeyOf(row);
    if (!key) continue;
    const [owner, day, crm, tenant] = key;
    marks.set(packId(key), { owner, day, crm, tenant, entries: [], stale: 1 });
  }
  putEach(tx.objectStore('activityPacks'), marks.values());
}

/** Rebuilds these packs from their rows (deleting those left without any), in the caller's transaction. */
export async function rebuildPacks(tx: PackTx, keys: readonly PackKey[]): Promise<void> {
  const built = await Promise.all(keys.map((key) => entriesFromRows(tx.objectStore('activities'), key)));
  const puts: unknown[] = [];
  const deletes: PackKey[] = [];
  for (const [i, entries] of built.entries()) {
    const [owner, day, crm, tenant] = keys[i] as PackKey;
    if (entries.length === 0) deletes.push([owner, day, crm, tenant]);
    else puts.push({ owner, day, crm, tenant, entries });
  }
  const store = tx.objectStore('activityPacks');
  deleteEach(store, deletes);
  putEach(store, puts);
}

/**
 * Rebuilds every stale pack from its rows, a few dozen per transaction with the thread given
 * back in between; `onStep` hears how many are done out of how many there were at the start.
 * Also picks up packs left stale by an import whose tab was closed before its end.
 */
export async function rebuildStalePacks(
  db: TouchlineDb,
  onStep?: (done: number, total: number) => void,
): Promise<void> {
  const total = await db.countFromIndex('activityPacks', 'byStale', 1);
  let done = 0;
  for (;;) {
    const rebuilt = await runTransaction(db, [...ACTIVITY_WRITE_STORES], 'readwrite', 'save', async (tx) => {
      const keys = await tx.objectStore('activityPacks').index('byStale').getAllKeys(1, REBUILD_PACKS);
      await rebuildPacks(tx, keys);
      return keys.length;
    });
    if (rebuilt === 0) return;
    done += rebuilt;
    onStep?.(Math.min(done, total), total);
    await nextTask();
  }
}
