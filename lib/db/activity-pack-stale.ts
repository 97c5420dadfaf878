import type { Activity } from '../schema/activity';
import type { PackKey } from '../schema/activity-pack';
import { nextTask } from '../yield-to-page';
import { packId, packKeyOf } from './activity-pack-codec';
import { type ImportMarks, LEASE_MS, type Lease, leased, stillMarked } from './activity-pack-marks';
import { ACTIVITY_WRITE_STORES, entriesFromRows, type PackTx } from './activity-packs';
import { deleteEach, getEach, putEach } from './bulk-requests';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/** Packs rebuilt per transaction: a day pack holds tens of rows, so one transaction stays a short task. */
const REBUILD_PACKS = 40;

/**
 * Marks the packs of these rows stale (no entries): what a bulk import does instead of rewriting
 * packs, which made it five times slower than its rows' own writes. Readers fall back to the rows;
 * rebuildStalePacks (or the next write to the pack) makes it whole. With an import's `marks`, a
 * pack it marked before is skipped while its lease holds and the new marks carry the lease
 * (activity-pack-marks.ts). A pack another running import holds is left alone: overwriting its
 * mark took that import's lease away, so a write between its batches rebuilt the pack and the
 * import's later rows, trusting its own mark, landed without one. Returns the packs marked, for
 * the import to note once the transaction has committed.
 */
export async function markPacksStale(
  tx: PackTx,
  rows: Iterable<Activity | undefined>,
  marks?: ImportMarks,
  now = Date.now(),
): Promise<PackKey[]> {
  const wanted = new Map<string, PackKey>();
  for (const row of rows) {
    const key = row && packKeyOf(row);
    if (!key) continue;
    const id = packId(key);
    if (!(marks && stillMarked(marks, id, now))) wanted.set(id, key);
  }
  const store = tx.objectStore('activityPacks');
  const keys = [...wanted.values()];
  const stored = await getEach(store, keys);
  const marked = keys.filter((_, i) => !leased(stored[i], now, marks?.id));
  const lease: Lease | undefined = marks && { importId: marks.id, leaseUntil: now + LEASE_MS };
  putEach(
    store,
    marked.map(([owner, day, crm, tenant]) => ({ owner, day, crm, tenant, entries: [], stale: 1, ...lease })),
  );
  return marked;
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
 * Rebuilds every pack stale at the start from its rows, a few dozen per transaction with the
 * thread given back in between; `onStep` hears how many are done out of how many there were.
 * Also picks up packs left stale by an import whose tab was closed before its end. Packs another
 * running import holds (a live lease not `ownImport`'s) are left to that import's own end.
 */
export async function rebuildStalePacks(
  db: TouchlineDb,
  onStep?: (done: number, total: number) => void,
  ownImport?: string,
): Promise<void> {
  const keys = await db.getAllKeysFromIndex('activityPacks', 'byStale', 1);
  for (let done = 0; done < keys.length; ) {
    const chunk = keys.slice(done, done + REBUILD_PACKS);
    await runTransaction(db, [...ACTIVITY_WRITE_STORES], 'readwrite', 'save', async (tx) => {
      // Read again here: since the list was taken a writer may have rebuilt a pack, or another import marked it.
      const packs = await getEach(tx.objectStore('activityPacks'), chunk);
      const now = Date.now();
      await rebuildPacks(
        tx,
        chunk.filter((_, i) => isStaleMark(packs[i]) && !leased(packs[i], now, ownImport)),
      );
    });
    done += chunk.length;
    onStep?.(done, keys.length);
    await nextTask();
  }
}

function isStaleMark(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { stale?: unknown }).stale !== undefined;
}
