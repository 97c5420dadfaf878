import { type Activity, activitySchema } from '../schema/activity';
import { nextTask } from '../yield-to-page';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { ORIGIN } from './logged-touches';
import { isExpired, retentionCutoff } from './retention-rule';
import { parseRows } from './rows';
import type { TouchlineDb } from './schema';
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

/** The page activities touches logged in Touchline were merged into: kept past retention, as the logged touches are. */
async function loggedMergeTargets(db: TouchlineDb): Promise<Set<string>> {
  const logged = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) =>
    tx.objectStore('activities').index('byOrigin').getAll(ORIGIN),
  );
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
  const mergeTargets = await loggedMergeTargets(db);
  return activities.filter((a) => !isExpired(a, cutoff, mergeTargets));
}

/**
 * Deletes activities dated before the retention cutoff (isExpired: logged touches and the page
 * copies they merged into stay), oldest first through the time index, one short transaction per
 * batch with a pause between, so saves of page readings run in the gaps. Resolves to how many went.
 */
export async function pruneExpired(db: TouchlineDb, now: Date, retentionDays: number, options: PruneOptions = {}) {
  const batch = options.batch ?? 200;
  const cutoff = retentionCutoff(now, retentionDays);
  const mergeTargets = await loggedMergeTargets(db);
  let after: Position | undefined;
  let pruned = 0;
  for (;;) {
    const step = await runTransaction(db, [...ACTIVITY_WRITE_STORES], 'readwrite', 'save', async (tx) => {
      const index = tx.objectStore('activities').index('byTimestamp');
      const range = after
        ? IDBKeyRange.bound(after.timestamp, cutoff, false, true)
        : IDBKeyRange.upperBound(cutoff, true);
      let cursor = await index.openCursor(range);
      // Rows at the time the last batch stopped at, up to the row it stopped on, were seen already.
      while (cursor && after && cursor.key === after.timestamp && cursor.primaryKey <= after.key) {
        cursor = await cursor.continue();
      }
      let seen = 0;
      const deleted: Activity[] = [];
      let last = after;
      while (cursor && seen < batch) {
        const [row] = parseRows(activitySchema, 'activities', [cursor.value], []);
        if (row && isExpired(row, cutoff, mergeTargets)) {
          await cursor.delete();
          deleted.push(row);
        }
        seen += 1;
        last = { timestamp: cursor.key, key: cursor.primaryKey };
        cursor = await cursor.continue();
      }
      await updateActivityPacks(tx, deleted, []);
      return { done: cursor === null, deleted: deleted.length, last };
    });
    pruned += step.deleted;
    if (step.done) return pruned;
    after = step.last;
    await nextTask();
  }
}
