import type { IDBPTransaction } from 'idb';
import { type StorageAction, storageError } from './errors';
import type { StoreName, TouchlineDb, TouchlineSchema } from './schema';

/**
 * Runs `work` in one transaction and resolves only after the transaction commits, so a save is
 * acknowledged only once it is on disk. Any failure aborts the whole transaction (nothing is
 * half-saved) and surfaces as a TouchlineError; work may only await IndexedDB requests.
 */
export async function runTransaction<const Names extends StoreName[], Mode extends IDBTransactionMode, T>(
  db: TouchlineDb,
  stores: Names,
  mode: Mode,
  action: StorageAction,
  work: (tx: IDBPTransaction<TouchlineSchema, Names, Mode>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<TouchlineSchema, Names, Mode>;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw storageError(error, action);
  }
  // Observed below; when work fails first, its error is the one worth reporting.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw storageError(error, action);
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: there is nothing left to undo.
  }
}

/**
 * Issues one request per item and waits for all. A request that throws at once (a full disk,
 * a closed connection) becomes a rejection, so the requests already issued are still awaited
 * rather than left to fail unobserved when the transaction aborts.
 */
export function eachRequest<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map(async (item) => request(item)));
}
