import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import type { Touch } from '../metrics/touch';
import { type Activity, activitySchema } from '../schema/activity';

/**
 * How many of `onNoRow` (touches without an owner, on no rep's row) a page credited to "You" where
 * the browser's user set no name for its CRM: docs/team-view.md counts them in the notice beside
 * the touches logged in Touchline without a name. The packs the team page reads leave `byViewer`
 * out, so the rows of the touches that may be the user's (not the contact's) are read by key. A
 * copy a touch logged in Touchline was merged into is counted with the logged touches already.
 */
export async function unnamedYouTouches(
  db: TouchlineDb,
  onNoRow: readonly Touch[],
  unownedLogged: readonly Activity[],
): Promise<number> {
  const loggedInto = new Set(unownedLogged.flatMap((t) => t.mergedInto ?? []));
  const candidates = onNoRow.filter(
    (t) => t.activity.direction !== 'inbound' && !t.copies.some((key) => loggedInto.has(key)),
  );
  const keys = [...new Set(candidates.flatMap((t) => t.copies))];
  if (keys.length === 0) return 0;
  const rows = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) =>
    eachRequest(keys, (key) => tx.objectStore('activities').get(key)),
  );
  const yours = new Set(parseRows(activitySchema, 'activities', rows, []).flatMap((a) => (a.byViewer ? [a.key] : [])));
  return candidates.filter((t) => t.copies.some((key) => yours.has(key))).length;
}
