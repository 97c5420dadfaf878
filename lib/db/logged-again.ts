import type { IDBPTransaction } from 'idb';
import { TWO_MINUTES_MS } from '../metrics/duplicate-rules';
import { type Activity, activitySchema } from '../schema/activity';
import { parseRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';

/**
 * The stored logged touch that a touch about to be logged is already. First the same click's: a
 * retry of a log the panel could not confirm sends the click's id and time again, so the touch
 * has the key the first send stored it under, merged or not, however late the retry (a second
 * call minutes later is a click of its own). Then a copy by duplicate rule 3 (metrics.md
 * "Duplicate": no source id, same person, channel, direction and title within 2 minutes): a
 * double click on "call" is one call. Logging it again returns that touch, so the panel's Undo and
 * details, and the export for the CRM, act on the one touch the panel counts. For rule 3, a touch
 * already merged into a page touch is left alone: the page holds that touch now.
 */
export async function loggedAlready(
  tx: IDBPTransaction<TouchlineSchema, StoreName[], IDBTransactionMode>,
  recordKey: string,
  touch: Activity & { timestamp: string },
): Promise<Activity | undefined> {
  const sameClick = parseRow(activitySchema, 'activities', await tx.objectStore('activities').get(touch.key), []);
  if (sameClick) return sameClick;
  const index = recordKey.includes(':deal:') ? 'byDeal' : 'byContact';
  const rows = parseRows(
    activitySchema,
    'activities',
    await tx.objectStore('activities').index(index).getAll(recordKey),
    [],
  );
  const at = Date.parse(touch.timestamp);
  return rows.find(
    (row) =>
      row.origin === touch.origin &&
      row.mergedInto === undefined &&
      row.timestamp !== undefined &&
      Math.abs(Date.parse(row.timestamp) - at) <= TWO_MINUTES_MS &&
      row.channel === touch.channel &&
      row.direction === touch.direction &&
      row.title === touch.title &&
      sameKeys(row.contactKeys, touch.contactKeys) &&
      sameKeys(row.dealKeys, touch.dealKeys),
  );
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}
