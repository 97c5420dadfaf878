import { type Activity, activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { ownedBySetting, yourNameIn } from '../settings/your-name';
import { nextTask } from '../yield-to-page';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { ORIGIN } from './logged-touches';
import { dealContactsOnce } from './page-copies-rewrite';
import { parseRow, parseRows } from './rows';
import type { TouchlineDb } from './schema';
import { COPY_READ_STORES, otherCopies } from './touch-copies';
import { runTransaction } from './transaction';

/** Rows looked at per transaction: small, so a page reading waits for one batch at most. */
const BATCH = 500;

/**
 * Gives the user's own touches the name the settings give now, in each CRM: touches logged in
 * Touchline, the page copies they were merged into (the copies every count takes), and items a
 * page credited to "You", where no page or file named an owner for them, and every touch whose
 * owner came from the setting before. Without a name they have no owner, on no team row.
 * Idempotent (a second run changes nothing), so an interrupted run is finished by running it
 * again. Short transactions over the whole store; resolves to how many rows changed.
 */
export async function applyYourNames(db: TouchlineDb, settings: Pick<Settings, 'yourNames'>): Promise<number> {
  const loggedCopies = await copiesOfLoggedTouches(db);
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
        const next = row && isYours(row, loggedCopies) ? withOwner(row, yourNameIn(settings, row.crm)) : undefined;
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

function isYours(row: Activity, loggedCopies: ReadonlySet<string>): boolean {
  return (
    row.ownerBySetting === true ||
    (row.owner === undefined && (row.origin === ORIGIN || row.byViewer === true || loggedCopies.has(row.key)))
  );
}

/**
 * The keys of the page copies touches logged in Touchline were merged into, with their other
 * copies (otherCopies): merging gives them the logged touch's owner when they name none
 * (withUserFields), so a name set after the merge must reach them too, or the counted copy stays
 * on no row while the logged one, merged away, has the name. Logged touches are few.
 */
function copiesOfLoggedTouches(db: TouchlineDb): Promise<Set<string>> {
  return runTransaction(db, [...COPY_READ_STORES], 'readonly', 'read', async (tx) => {
    const activities = tx.objectStore('activities');
    const logged = parseRows(activitySchema, 'activities', await activities.index('byOrigin').getAll(ORIGIN), []);
    const accounts = dealContactsOnce(tx);
    const keys = new Set<string>();
    for (const pageKey of new Set(logged.flatMap((touch) => touch.mergedInto ?? []))) {
      const page = parseRow(activitySchema, 'activities', await activities.get(pageKey), []);
      if (!page) continue;
      keys.add(page.key);
      for (const copy of await otherCopies(tx, page, await accounts(page.crm, page.tenant))) keys.add(copy.key);
    }
    return keys;
  });
}

function withOwner(row: Activity, name: string | undefined): Activity {
  const { owner: _, ownerBySetting: __, ...rest } = row;
  return { ...rest, ...ownedBySetting(name) };
}
