import type { PackTx } from '../db/activity-packs';
import { ORIGIN } from '../db/logged-touches';
import { sameJson } from '../db/objects';
import { parseRow } from '../db/rows';
import { withUserFieldsMoved } from '../db/user-fields';
import { type Activity, activitySchema } from '../schema/activity';

/**
 * Gives the page copy each written logged touch is merged into the user's outcome, note and
 * owner (withUserFields), in place of those of the copy it replaced. A cache that read the page
 * before the import keeps its own copy (page rows carry no edit time: newer-copy.ts), which lacks
 * them, and the metrics count that copy, not the merged logged touch. Called in the transaction
 * that wrote `written` (stored before as `replaced`, index for index), after issuing the writes;
 * resolves to the copies before and after, for the packs.
 */
export async function userFieldsOnMergedCopies(
  tx: PackTx,
  replaced: readonly (Activity | undefined)[],
  written: readonly Activity[],
): Promise<{ before: Activity[]; after: Activity[] }> {
  const store = tx.objectStore('activities');
  const before: Activity[] = [];
  const after: Activity[] = [];
  for (const [i, touch] of written.entries()) {
    if (touch.origin !== ORIGIN || !touch.mergedInto) continue;
    const copy = parseRow(activitySchema, 'activities', await store.get(touch.mergedInto), []);
    if (!copy) continue;
    const old = replaced[i];
    const next = withUserFieldsMoved(copy, old?.mergedInto === copy.key ? old : undefined, touch);
    if (sameJson(copy, next)) continue;
    await store.put(next);
    before.push(copy);
    after.push(next);
  }
  return { before, after };
}
