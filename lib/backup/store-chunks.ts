import type { StoreName, TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';

/**
 * A store's rows in key order, a few hundred per short read-only transaction, so a large export
 * never holds the store long enough to delay the background's saves of page readings.
 */
export async function* storeChunks(db: TouchlineDb, store: StoreName, size = 500): AsyncGenerator<unknown[]> {
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const [rows, keys] = await runTransaction(db, [store], 'readonly', 'read', (tx) => {
      const source = tx.objectStore(store);
      return Promise.all([source.getAll(range, size), source.getAllKeys(range, size)]);
    });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keys.at(-1);
  }
}
