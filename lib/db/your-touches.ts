import { type Activity, activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { ownedBySetting, yourNameIn } from '../settings/your-name';
import { nextTask } from '../yield-to-page';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { ORIGIN } from './logged-touches';
import { parseRows } from './rows';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/** Rows looked at per transaction: small, so a page reading waits for one batch at most. */
const BATCH = 500;

/**
 * Gives the user's own touches the name the settings give now, in each CRM: touches logged in
 * Touchline and items a page credited to "You" that no page or file named an owner for, and
 * every touch whose owner came from the setting before. Without a name they have no owner, on
 * no team row. Idempotent (a second run changes nothing), so an interrupted run is finished by
 * running it again. Short transactions over the whole store; resolves to how many rows changed.
 */
export async function applyYourNames(db: TouchlineDb, settings: Pick<Settings, 'yourNames'>): Promise<number> {
  let after: string | undefined;
  let changed = 0;
  for (;;) {
    const step = await runTransaction(db, [...ACTIVITY_WRITE_STORES], 'readwrite', 'save', async (tx) => {
      const store = tx.objectStore('activities');
      let cursor = await store.openCursor(after === undefined ? null : IDBKeyRange.lowerBound(after, true));
      const before: Activity[] = [];
      const written: Activity[] = [];
      let seen = 0;
      let last = after;
      while (cursor && seen < BATCH) {
        const [row] = parseRows(activitySchema, 'activities', [cursor.value], []);
        const next = row && isYours(row) ? withOwner(row, yourNameIn(settings, row.crm)) : undefined;
        if (row && next && (next.owner !== row.owner || next.ownerBySetting !== row.ownerBySetting)) {
          await cursor.update(next);
          before.push(row);
          written.push(next);
        }
        seen += 1;
        last = cursor.primaryKey;
        cursor = await cursor.continue();
      }
      await updateActivityPacks(tx, before, written);
      return { done: cursor === null, changed: written.length, last };
    });
    changed += step.changed;
    if (step.done) return changed;
    after = step.last;
    await nextTask();
  }
}

function isYours(row: Activity): boolean {
  return row.ownerBySetting === true || (row.owner === undefined && (row.origin === ORIGIN || row.byViewer === true));
}

function withOwner(row: Activity, name: string | undefined): Activity {
  const { owner: _, ownerBySetting: __, ...rest } = row;
  return { ...rest, ...ownedBySetting(name) };
}
