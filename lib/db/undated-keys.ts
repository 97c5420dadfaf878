import type { IDBPTransaction } from 'idb';
import type { Activity } from '../schema/activity';
import { deleteEach, putEach } from './bulk-requests';
import type { StoreName, TouchlineDb, TouchlineSchema } from './schema';
import { runTransaction } from './transaction';

/**
 * The keys of the activities stored without a timestamp (database version 8). Such a row is in
 * no time index and no pack, and the team page must find the email replies among them (an
 * undated reply makes a rate a range): counting two indexes of every row to learn whether there
 * is one took seconds of the database's time on a large cache before anything else was read.
 * Kept in every transaction that writes activities (ACTIVITY_WRITE_STORES). A key may outlive
 * its row or its row gain a date; readers take the keys as candidates and check the rows.
 */
type UndatedTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite' | 'versionchange'>;

function isUndated(row: Activity | undefined): row is Activity {
  return row !== undefined && row.timestamp === undefined;
}

/**
 * Moves the undated keys from the stored rows `removed` (as they were before this write) to
 * `added` (as written), in the caller's transaction; requests run in the order issued, so a key
 * removed and added again stays. The upgrades to versions 5 and 6 write packs before version 8
 * made the store: there it is skipped, and version 8 notes every undated row.
 */
export function noteUndated(
  tx: UndatedTx,
  removed: Iterable<Activity | undefined>,
  added: Iterable<Activity | undefined>,
): void {
  if (!tx.objectStoreNames.contains('undatedActivities')) return;
  const store = tx.objectStore('undatedActivities');
  deleteEach(
    store,
    [...removed].filter(isUndated).map((row) => row.key),
  );
  putEach(
    store,
    [...added].filter(isUndated).map((row) => ({ key: row.key })),
  );
}

/** The undated keys in a key range (erasing an account). */
export function deleteUndatedIn(tx: UndatedTx, range: IDBKeyRange): Promise<void> {
  return tx.objectStore('undatedActivities').delete(range);
}

/** Every stored row without a timestamp, as stored (unparsed): none read when there is none. */
export function readUndatedRows(db: TouchlineDb): Promise<unknown[]> {
  return runTransaction(db, ['activities', 'undatedActivities'], 'readonly', 'read', async (tx) => {
    const keys = await tx.objectStore('undatedActivities').getAllKeys();
    const rows = await Promise.all(keys.map((key) => tx.objectStore('activities').get(key)));
    return rows.filter((row) => row !== undefined && (row as { timestamp?: unknown }).timestamp === undefined);
  });
}

/** Version 8: the keys of every stored row without a timestamp, from one walk over the activities. */
export async function noteEveryUndated(tx: UndatedTx): Promise<void> {
  const keys: string[] = [];
  let cursor = await tx.objectStore('activities').openCursor();
  while (cursor) {
    if ((cursor.value as { timestamp?: unknown }).timestamp === undefined) keys.push(cursor.key);
    cursor = await cursor.continue();
  }
  putEach(
    tx.objectStore('undatedActivities'),
    keys.map((key) => ({ key })),
  );
}
