import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';

/**
 * The stored rows that logged touches in a backup name as their page copy (`mergedInto`) but the
 * export has not met (`met`: the keys written, and those left out as invalid, counted once). The activities are read a chunk per transaction (store-chunks.ts), so a
 * page reading saved between two chunks can write a page copy at a key the export has already
 * passed and merge a logged touch into it; restored without that copy, the logged touch counts
 * nowhere (it is not counted itself once merged). Read once more after the chunks, in one short
 * transaction; a copy erased meanwhile is simply absent.
 */
export async function mergeTargetsLeftOut(
  db: TouchlineDb,
  targets: ReadonlySet<string>,
  met: ReadonlySet<string>,
): Promise<unknown[]> {
  const missing = [...targets].filter((key) => !met.has(key)).sort();
  if (missing.length === 0) return [];
  const rows = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) =>
    Promise.all(missing.map((key) => tx.objectStore('activities').get(key))),
  );
  return rows.filter((row) => row !== undefined);
}
