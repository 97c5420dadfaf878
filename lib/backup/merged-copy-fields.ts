import type { IDBPTransaction } from 'idb';
import { ORIGIN } from '../db/logged-touches';
import { dealContactsOnce, rewriteCopiesOf } from '../db/page-copies-rewrite';
import { parseRows } from '../db/rows';
import type { StoreName, TouchlineSchema } from '../db/schema';
import { type Activity, activitySchema } from '../schema/activity';

/**
 * Gives every stored copy of the page touch each written logged touch is merged into the user's
 * outcome, note and owner (withUserFields), in place of those of the copy it replaced, and takes
 * them off the copies of the page touch the replaced copy was merged into, if that is another. A
 * cache that read the page before the import keeps its own copies (page rows carry no edit time:
 * newer-copy.ts), which lack them, and the metrics count those, not the merged logged touch.
 * Called in the transaction that wrote `written` (stored before as `replaced`, index for index),
 * after issuing the writes; resolves to the copies before and after, for the packs.
 */
export async function userFieldsOnMergedCopies(
  tx: IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>,
  replaced: readonly (Activity | undefined)[],
  written: readonly Activity[],
): Promise<{ before: Activity[]; after: Activity[] }> {
  const moves = written.flatMap((touch, i) => {
    const old = replaced[i];
    return touch.origin === ORIGIN && (touch.mergedInto || old?.mergedInto) ? [{ touch, old }] : [];
  });
  if (moves.length === 0) return { before: [], after: [] };
  const holders = parseRows(
    activitySchema,
    'activities',
    await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN),
    [],
  ).filter((touch) => touch.mergedInto !== undefined);
  const before: Activity[] = [];
  const after: Activity[] = [];
  const accounts = dealContactsOnce(tx);
  for (const { touch, old } of moves) {
    const same = old?.mergedInto === touch.mergedInto;
    const parts = [
      same ? undefined : await rewriteCopiesOf(tx, old?.mergedInto, old, holders, accounts),
      await rewriteCopiesOf(tx, touch.mergedInto, same ? old : undefined, holders, accounts),
    ];
    for (const part of parts) {
      before.push(...(part?.before ?? []));
      after.push(...(part?.after ?? []));
    }
  }
  return { before, after };
}
