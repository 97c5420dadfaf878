import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../db/activity-packs';
import { DEAL_WRITE_STORES, putDeal } from '../db/put-deal';
import { isExpired, retentionCutoff } from '../db/retention-rule';
import { parseRow } from '../db/rows';
import type { StoreName, TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { type Activity, activitySchema } from '../schema/activity';
import { nextTask } from '../yield-to-page';
import type { RecordRow } from './format';
import { userFieldsOnMergedCopies } from './merged-copy-fields';
import { toWrite } from './newer-copy';
import type { OnProgress } from './read-lines';

export interface WriteCounts {
  added: number;
  /** Already stored as they are, or stored in a newer copy. */
  existing: number;
  /** Stored in an older copy, now replaced. */
  updated: number;
  /** Activities past retention, not stored again. */
  expired: number;
}

export interface WriteOptions {
  now: Date;
  retentionDays: number;
  onProgress?: OnProgress;
  /** Rows per transaction: small, so the background's page saves wait for one chunk at most. */
  chunkRows?: number;
}

const WRITE_STORES = [...new Set<StoreName>(['contacts', 'deals', ...ACTIVITY_WRITE_STORES, ...DEAL_WRITE_STORES])];

/**
 * Merges checked rows into the cache, a chunk per transaction, records before activities. Deals go
 * through putDeal, which keeps the per-stage summaries in step; the page copy a written logged
 * touch is merged into takes the user's fields (userFieldsOnMergedCopies).
 */
export async function writeRows(db: TouchlineDb, rows: readonly RecordRow[], options: WriteOptions) {
  const counts: WriteCounts = { added: 0, existing: 0, updated: 0, expired: 0 };
  const cutoff = retentionCutoff(options.now, options.retentionDays);
  const mergeTargets = new Set(rows.flatMap((row) => (row.store === 'activities' ? (row.value.mergedInto ?? []) : [])));
  const kept = rows.filter((row) => row.store !== 'activities' || !isExpired(row.value, cutoff, mergeTargets));
  counts.expired = rows.length - kept.length;
  const size = options.chunkRows ?? 500;
  for (let start = 0; start < kept.length; start += size) {
    const chunk = kept.slice(start, start + size);
    await runTransaction(db, WRITE_STORES, 'readwrite', 'save', async (tx) => {
      const stored = await Promise.all(chunk.map((row) => tx.objectStore(row.store).get(row.value.key)));
      const writes: Promise<unknown>[] = [];
      const replaced: (Activity | undefined)[] = [];
      const activities: Activity[] = [];
      chunk.forEach((row, i) => {
        const { decision, row: written } = toWrite(stored[i], row);
        if (decision === 'keep') counts.existing += 1;
        else counts[decision === 'add' ? 'added' : 'updated'] += 1;
        if (decision === 'keep') return;
        if (written.store === 'deals') writes.push(putDeal(tx, written.value));
        else if (written.store === 'contacts') writes.push(tx.objectStore('contacts').put(written.value));
        else {
          writes.push(tx.objectStore('activities').put(written.value));
          replaced.push(parseRow(activitySchema, 'activities', stored[i], [], written.value.key));
          activities.push(written.value);
        }
      });
      const copies = await userFieldsOnMergedCopies(tx, replaced, activities);
      // The owner/day packs follow the activities, in the same transaction.
      await Promise.all([
        ...writes,
        updateActivityPacks(tx, [...replaced, ...copies.before], [...activities, ...copies.after]),
      ]);
    });
    options.onProgress?.(Math.min(start + size, kept.length), kept.length);
    await nextTask();
  }
  return counts;
}
