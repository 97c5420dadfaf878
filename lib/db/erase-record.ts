import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import { updateActivityPacks } from './activity-packs';
import type { StoredCounts } from './erase-scopes';
import { deleteUndoMarksOf } from './folded-undo-marks';
import { ORIGIN } from './logged-touches';
import { deleteDeal } from './put-deal';
import { parseRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { otherCopies } from './touch-copies';
import { withoutUserFields, withUserFields } from './user-fields';

type EraseTx = Parameters<typeof deleteDeal>[0];
type ReadTx = IDBPTransaction<TouchlineSchema, StoreName[], IDBTransactionMode>;

/**
 * Erasing one contact or deal: its row, the activities that were only its, and its key (and CRM
 * id) taken from activities it shares with other records, which stay theirs. A logged touch whose
 * page copy goes is merged into another stored copy of that touch where one stays (the CRM still
 * shows it there), else no longer merged; every page copy that stays loses what an erased logged
 * touch gave it. Only reads: eraseRecordRows applies the plan.
 */
export async function planRecordErase(tx: ReadTx, recordKey: string) {
  const isDeal = recordKey.includes(':deal:');
  const store = tx.objectStore('activities');
  const [record, linked, loggedRows] = await Promise.all([
    tx.objectStore(isDeal ? 'deals' : 'contacts').getKey(recordKey),
    store.index(isDeal ? 'byDeal' : 'byContact').getAll(recordKey),
    store.index('byOrigin').getAll(ORIGIN),
  ]);
  const rows = parseRows(activitySchema, 'activities', linked, []);
  const logged = parseRows(activitySchema, 'activities', loggedRows, []);
  /** The rows as stored, for the packs: every row the plan deletes or rewrites is one of them. */
  const stored = new Map([...logged, ...rows].map((row) => [row.key, row]));
  const erased = rows.filter((row) => linksOf(row).every((key) => key === recordKey));
  const gone = new Set(erased.map((row) => row.key));
  const rewrites = new Map(rows.filter((row) => !gone.has(row.key)).map((row) => [row.key, detached(row, recordKey)]));
  for (const touch of logged) {
    if (gone.has(touch.key) || !touch.mergedInto || !gone.has(touch.mergedInto)) continue;
    const current = rewrites.get(touch.key) ?? touch;
    const staying = (await copiesOf(tx, touch.mergedInto, stored)).find((copy) => !gone.has(copy.key));
    if (staying) {
      rewrites.set(touch.key, { ...current, mergedInto: staying.key });
      rewrites.set(staying.key, withUserFields(rewrites.get(staying.key) ?? staying, touch));
      continue;
    }
    const { mergedInto: _pageCopyErased, ...unmerged } = current;
    rewrites.set(touch.key, unmerged);
  }
  for (const touch of erased) {
    if (!touch.mergedInto) continue;
    for (const copy of await copiesOf(tx, touch.mergedInto, stored)) {
      if (!gone.has(copy.key)) rewrites.set(copy.key, withoutUserFields(rewrites.get(copy.key) ?? copy, touch));
    }
  }
  const counts: StoredCounts = {
    contacts: !isDeal && record !== undefined ? 1 : 0,
    deals: isDeal && record !== undefined ? 1 : 0,
    activities: erased.filter((row) => row.origin !== ORIGIN).length,
    logged: erased.filter((row) => row.origin === ORIGIN).length,
  };
  return { recordKey, isDeal, counts, gone, rewrites, stored };
}

/** Erases one record as planRecordErase says, in the caller's transaction; resolves to what went. */
export async function eraseRecordRows(tx: EraseTx, recordKey: string): Promise<StoredCounts> {
  const plan = await planRecordErase(tx, recordKey);
  const store = tx.objectStore('activities');
  const written = [...plan.gone, ...plan.rewrites.keys()];
  await Promise.all([
    plan.isDeal ? deleteDeal(tx, recordKey) : tx.objectStore('contacts').delete(recordKey),
    ...[...plan.gone].map((key) => store.delete(key)),
    ...[...plan.rewrites.values()].map((row) => store.put(row)),
    deleteUndoMarksOf(tx, recordKey),
    updateActivityPacks(
      tx,
      written.map((key) => plan.stored.get(key)),
      plan.rewrites.values(),
    ),
  ]);
  return plan.counts;
}

function linksOf(row: Activity): string[] {
  return [...row.contactKeys, ...row.dealKeys];
}

function detached(row: Activity, recordKey: string): Activity {
  const id = recordKey.split(':').slice(3).join(':');
  const next = {
    ...row,
    contactKeys: row.contactKeys.filter((key) => key !== recordKey),
    dealKeys: row.dealKeys.filter((key) => key !== recordKey),
  };
  if (row.contactIds && recordKey.includes(':contact:')) next.contactIds = row.contactIds.filter((c) => c !== id);
  return next;
}

/**
 * The stored copy a logged touch is merged into and the other stored copies of its touch, as
 * stored (a copy on the erased deal's page still names the deal, so its people are found), each
 * noted in `stored` for the packs.
 */
async function copiesOf(tx: ReadTx, key: string, stored: Map<string, Activity>): Promise<Activity[]> {
  const page =
    stored.get(key) ?? parseRow(activitySchema, 'activities', await tx.objectStore('activities').get(key), []);
  if (!page) return [];
  const copies = [page, ...(await otherCopies(tx, page))];
  for (const copy of copies) if (!stored.has(copy.key)) stored.set(copy.key, copy);
  return copies;
}
