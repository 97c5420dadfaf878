import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { touchesIn } from '../metrics/period';
import { type Activity, activitySchema } from '../schema/activity';
import type { Window } from './periods';
import { type MergeRules, repTouches } from './team-touches';

/**
 * How many touches logged in Touchline without a name (withoutOwner) are on no rep's row in
 * `period`, counted as touches, not rows (metrics.md: duplicates are merged before any count): a
 * call logged on a contact and again on its deal a minute later is one touch. A logged touch merged
 * into a page copy is that copy, the one the rows count: on no row when it names no owner either.
 */
export async function unownedLoggedTouches(
  db: TouchlineDb,
  unowned: readonly Activity[],
  input: { links: ReadonlyMap<string, readonly string[]>; rules: MergeRules; period: Window },
): Promise<number> {
  const open = unowned.filter((touch) => touch.mergedInto === undefined);
  const pages = await ownerlessPageCopies(db, unowned);
  return touchesIn(await repTouches([...open, ...pages], input.links, input.rules), input.period).length;
}

/** The page copies the merged ones of `logged` were merged into that name no owner, once each. */
async function ownerlessPageCopies(db: TouchlineDb, logged: readonly Activity[]): Promise<Activity[]> {
  const keys = [...new Set(logged.flatMap((touch) => touch.mergedInto ?? []))];
  if (keys.length === 0) return [];
  const rows = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) =>
    Promise.all(keys.map((key) => tx.objectStore('activities').get(key))),
  );
  return parseRows(activitySchema, 'activities', rows, []).filter((page) => page.owner === undefined);
}
