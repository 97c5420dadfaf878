import { type Activity, activitySchema } from '../schema/activity';
import { nextTask } from '../yield-to-page';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { deleteEach } from './bulk-requests';
import { ORIGIN } from './logged-touches';
import { isExpired, retentionCutoff } from './retention-rule';
import { parseRows } from './rows';
import type { StoreName, TouchlineDb } from './schema';
import type { ReadTx } from './touch-copies';
import { runTransaction } from './transaction';

/** Where a batch stopped in the time index (time, then key: many rows share a time). */
interface Position {
  timestamp: string;
  key: string;
}

export interface PruneOptions {
  /** Rows looked at per transaction: small, so a page reading waits for one batch at most. */
  batch?: number;
}

/**
 * The page activities touches logged in Touchline were merged into, as `tx` sees them: kept past
 * retention, as the logged touches are.
 */
async function loggedMergeTargets(tx: ReadTx): Promise<Set<string>> {
  const logged = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
  return new Set(parseRows(activitySchema, 'activities', logged, []).flatMap((t) => t.mergedInto ?? []));
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The activities retention keeps, as the daily pruning will leave them: a view counts these
 * alone, so lowering the setting changes the numbers at once, not after the next pruning. The
 * logged touches are read only when some row is past the cutoff (rare: most views read nothing more).
 */
export async function keptActivities(
  db: TouchlineDb,
  activities: Activity[],
  now: Date,
  retentionDays: number,
): Promise<Activity[]> {
  const cutoff = retentionCutoff(now, retentionDays);
  if (!activities.some((a) => isExpired(a, cutoff, NONE))) return activities;
  const stores: StoreName[] = ['activities'];
  const mergeTargets = await runTransaction(db, stores, 'readonly', 'read', loggedMergeTargets);
  return activities.filter((a) => !isExpired(a, cutoff, mergeTargets));
}

/**
 * Deletes activities dated before the retention cutoff (isExpired: logged touches and the page
 * copies they merged into stay), oldest first through the time index, one short transaction per
 * batch with a pause between, so saves of page readings run in the gaps. Each batch reads the
 * merge targets in its own transaction, after the saves before it: a reading or an edit that
 * merged a logged touch into an old page copy meanwhile keeps that copy (a list read at the start
 * would delete it, and the merged touch would count nowhere). Resolves to how many went.
 */
export async function pruneExpired(db: TouchlineDb, now: Date, retentionDays: number, options: PruneOptions = {}) {
  const batch = options.batch ?? 200;
  const cutoff = retentionCutoff(now, retentionDays);
  let after: Position | undefined;
  let pruned = 0;
  for (;;) {
    const step = await runTransaction(db, [...ACTIVITY_WRITE_STORES], 'readwrite', 'save', async (tx) => {
      const store = tx.objectStore('activities');
      const range = after
        ? IDBKeyRange.bound(after.timestamp, cutoff, false, true)
        : IDBKeyRange.upperBound(cutoff, true);
      let cursor = await store.index('byTimestamp').openCursor(range);
      // Rows at the time the last batch stopped at, up to the row it stopped on, were seen already.
      while (cursor && after && cursor.key === after.timestamp && cursor.primaryKey <= after.key) {
        cursor = await cursor.continue();
      }
      let seen = 0;
      const past: Activity[] = [];
      let last = after;
      while (cursor && seen < batch) {
        const [row] = parseRows(activitySchema, 'activities', [cursor.value], []);
        if (row && isExpired(row, cutoff, NONE)) past.push(row);
        seen += 1;
        last = { timestamp: cursor.key, key: cursor.primaryKey };
        cursor = await cursor.continue();
      }
      // Read in this transaction, which no save can split: not at all when only logged touches were seen.
      const mergeTargets = past.length > 0 ? await loggedMergeTargets(tx) : NONE;
      const deleted = past.filter((row) => isExpired(row, cutoff, mergeTargets));
      deleteEach(
        store,
        deleted.map((row) => row.key),
      );
      await updateActivityPacks(tx, deleted, []);
      return { done: cursor === null, deleted: deleted.length, last };
    });
    pruned += step.deleted;
    if (step.done) return pruned;
    after = step.last;
    await nextTask();
  }
}
