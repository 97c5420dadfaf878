import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import { parseRow } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { otherCopies } from './touch-copies';
import { withUserFieldsMoved } from './user-fields';

/**
 * Every stored copy of page touch `pageKey` (the row and its otherCopies) with what logged touch
 * `gone` gave it taken off and what the logged touches merged into it now (`holders`, as stored)
 * give put on: mergeLogged gave the user's fields to the copy named in `mergedInto` and to every
 * later copy, so whatever changes them must reach them all. Resolves to the copies before and
 * after, for the packs. The transaction must include the deals store (COPY_READ_STORES).
 */
export async function rewriteCopiesOf(
  tx: IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>,
  pageKey: string | undefined,
  gone: Activity | undefined,
  holders: readonly Activity[],
): Promise<{ before: Activity[]; after: Activity[] }> {
  const store = tx.objectStore('activities');
  const page = pageKey && parseRow(activitySchema, 'activities', await store.get(pageKey), []);
  if (!page) return { before: [], after: [] };
  const given = holders.filter((touch) => touch.mergedInto === page.key);
  const copies = [page, ...(await otherCopies(tx, page))];
  const rewritten = copies.map((copy) => withUserFieldsMoved(copy, gone, given));
  await Promise.all(rewritten.map((row) => store.put(row)));
  return { before: copies, after: rewritten };
}
