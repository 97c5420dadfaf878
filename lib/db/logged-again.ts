import type { IDBPTransaction } from 'idb';
import { TWO_MINUTES_MS } from '../metrics/duplicate-rules';
import { type Activity, activitySchema } from '../schema/activity';
import { parseRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';

type AnyTx = IDBPTransaction<TouchlineSchema, StoreName[], IDBTransactionMode>;

/**
 * The stored logged touch that a touch about to be logged is already. First the same click's: a
 * retry of a log the panel could not confirm sends the click's id and time again, so the touch
 * has the key the first send stored it under, merged or not, however late the retry (a second
 * call minutes later is a click of its own). Then a copy by duplicate rule 3 (metrics.md
 * "Duplicate": no source id, same person, channel, direction and title within 2 minutes): a
 * double click on "call" is one call, and so is the same call logged again from a second tab
 * whose panel never showed the first log. Logging it again returns that touch, so the panel's
 * Undo and details, and the export for the CRM, act on the one touch the panel counts.
 *
 * A touch already merged into a page touch is no longer where the touch is: the page holds that
 * touch now (the merge is by day, and the counted copy keeps the page's time of day). So a merged
 * one is the new touch only where the page copy holding it is within the same 2 minutes too (see
 * heldNear); a log near the logged time of a touch the page shows at another time is a touch of
 * its own, as any touch logged after its page copy was shown (metrics.md "Logged in Touchline").
 */
export async function loggedAlready(
  tx: AnyTx,
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
  const copies = rows.filter(
    (row) =>
      row.origin === touch.origin &&
      near(row.timestamp, touch.timestamp) &&
      row.channel === touch.channel &&
      row.direction === touch.direction &&
      row.title === touch.title &&
      sameKeys(row.contactKeys, touch.contactKeys) &&
      sameKeys(row.dealKeys, touch.dealKeys),
  );
  const unmerged = copies.find((row) => row.mergedInto === undefined);
  if (unmerged) return unmerged;
  for (const row of copies) if (await heldNear(tx, row, touch.timestamp)) return row;
  return undefined;
}

/**
 * Whether the page copy merged logged touch `row` is merged into is dated within 2 minutes of
 * `timestamp`: a copy the page dated by its day alone carries the logged time (withUserFields).
 */
async function heldNear(tx: AnyTx, row: Activity, timestamp: string): Promise<boolean> {
  if (row.mergedInto === undefined) return false;
  const page = parseRow(activitySchema, 'activities', await tx.objectStore('activities').get(row.mergedInto), []);
  return page !== undefined && near(page.timestamp, timestamp);
}

function near(a: string | undefined, b: string): boolean {
  return a !== undefined && Math.abs(Date.parse(a) - Date.parse(b)) <= TWO_MINUTES_MS;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}
