import { type Activity, activitySchema } from '../schema/activity';
import type { YourNameChange } from '../settings/your-name';
import { nextTask } from '../yield-to-page';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { ORIGIN } from './logged-touches';
import { parseRows } from './rows';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

/** Rows looked at per transaction: small, so a page reading waits for one batch at most. */
const BATCH = 500;

/**
 * The user's own touches in one CRM (logged in Touchline, or credited to "You" by the page) move
 * from the old "your name" to the new one, in short transactions over the whole store, so the
 * team page counts them on the right row. A touch whose owner came from elsewhere (a CSV row's
 * owner merged into it) is left alone. Resolves to how many rows changed.
 */
export async function moveYourTouches(db: TouchlineDb, change: YourNameChange): Promise<number> {
  let after: string | undefined;
  let moved = 0;
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
        if (row && isYours(row, change)) {
          const next = withOwner(row, change.to);
          await cursor.update(next);
          before.push(row);
          written.push(next);
        }
        seen += 1;
        last = cursor.primaryKey;
        cursor = await cursor.continue();
      }
      await updateActivityPacks(tx, before, written);
      return { done: cursor === null, moved: written.length, last };
    });
    moved += step.moved;
    if (step.done) return moved;
    after = step.last;
    await nextTask();
  }
}

function isYours(row: Activity, { crm, from, to }: YourNameChange): boolean {
  return row.crm === crm && (row.origin === ORIGIN || row.byViewer === true) && row.owner === from && from !== to;
}

function withOwner(row: Activity, owner: string | undefined): Activity {
  const { owner: _, ...rest } = row;
  return owner === undefined ? rest : { ...rest, owner };
}
