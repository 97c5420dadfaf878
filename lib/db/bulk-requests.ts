import { type IDBPIndex, type IDBPObjectStore, unwrap } from 'idb';

// biome-ignore lint/suspicious/noExplicitAny: any store or index of any transaction of Touchline's schema
type Source = IDBPObjectStore<any, any, any, any> | IDBPIndex<any, any, any, any, any>;

/**
 * `get` (or `getAll`) of every key, all issued at once, resolving to the results in key order.
 * Bulk saves read thousands of rows: one promise for all of them instead of one each (idb wraps
 * every request in its own) keeps the page's or worker's own share of the work small next to
 * the database's.
 */
export function getEach(
  source: Source,
  keys: readonly IDBValidKey[],
  method: 'get' | 'getAll' = 'get',
): Promise<unknown[]> {
  const raw = unwrap(source as never) as unknown as IDBObjectStore | IDBIndex;
  return new Promise((resolve, reject) => {
    const results = new Array<unknown>(keys.length);
    let left = keys.length;
    if (left === 0) resolve(results);
    keys.forEach((key, i) => {
      const request = raw[method](key);
      request.onsuccess = () => {
        results[i] = request.result;
        left -= 1;
        if (left === 0) resolve(results);
      };
      request.onerror = () => reject(request.error);
    });
  });
}

/**
 * Puts (or deletes) every row without waiting for each: a failed request aborts the
 * transaction, which the caller awaits (runTransaction), so nothing is acknowledged half-written.
 */
export function putEach(store: Source, rows: Iterable<unknown>): void {
  const raw = unwrap(store as never) as unknown as IDBObjectStore;
  for (const row of rows) raw.put(row);
}

export function deleteEach(store: Source, keys: Iterable<IDBValidKey>): void {
  const raw = unwrap(store as never) as unknown as IDBObjectStore;
  for (const key of keys) raw.delete(key);
}

/**
 * Adds every row, all issued at once, resolving to whether every one was added. A key already
 * stored fails its own request only, not the transaction: the caller decides what that means.
 */
export function addEach(store: Source, rows: readonly unknown[]): Promise<boolean> {
  const raw = unwrap(store as never) as unknown as IDBObjectStore;
  return new Promise((resolve) => {
    let left = rows.length;
    let added = true;
    const settle = () => {
      left -= 1;
      if (left === 0) resolve(added);
    };
    if (left === 0) resolve(added);
    for (const row of rows) {
      const request = raw.add(row);
      request.onsuccess = settle;
      request.onerror = (event) => {
        // Any other failure still aborts the transaction, as a put's would.
        if (request.error?.name === 'ConstraintError') event.preventDefault();
        added = false;
        settle();
      };
    }
  });
}
