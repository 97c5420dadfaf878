import type { IDBPTransaction } from 'idb';
import { fillIn } from '../csv-import/fill-in';
import { type Activity, activitySchema } from '../schema/activity';
import type { PackKey } from '../schema/activity-pack';
import { forgetErasedMarks, type ImportMarks, LEASE_MS, noteMarked } from './activity-pack-marks';
import { markPacksStale } from './activity-pack-stale';
import { ACTIVITY_WRITE_STORES } from './activity-packs';
import { addEach, getEach, putEach } from './bulk-requests';
import {
  addTo,
  type Buckets,
  bucketsOf,
  type DealsOfAccounts,
  recordsOf,
  sameTouchStored,
  storedByRecord,
} from './import-buckets';
import { IMPORT_LOGGED_STORES, pairImportedWithLogged } from './import-logged';
import { sameJson, unique } from './objects';
import { isPageTouch, type MergeClock } from './page-touch';
import { type InvalidRow, parseRow } from './rows';
import type { StoreName, TouchlineDb, TouchlineSchema } from './schema';
import { runTransaction } from './transaction';

/** What one batch of imported rows did: stored as new, or found already there (and at most filled in). */
export interface ImportWriteSummary {
  added: number;
  existing: number;
  invalidStored: InvalidRow[];
}

type ImportTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/**
 * Writes imported activities in one transaction (callers pass a few hundred at a time). A row
 * already stored, under the same key or as another copy of the same touch by the duplicate
 * rules (metrics.md "Duplicate"; a page read without CRM ids keys a touch by the record it was
 * read on), is never overwritten: the stored row keeps its fields and gains what it lacks, and
 * takes what a newer sighting of the same CRM id changes, as a page reading does (fillIn).
 * A row stored for the first time, or a stored one the export makes a touch (a planned call it
 * shows done), pairs with a touch logged in Touchline as a page copy would
 * (pairImportedWithLogged, and save-batch.ts becameTouch); a logged touch is never itself a copy
 * of an imported row.
 * The packs of the rows written are left stale: the caller runs rebuildStalePacks when done.
 * An import's `marks` (one per import) make it mark each pack once, not once per batch. With
 * `keysNew` the caller believes none of the rows' keys is stored yet and the rows are not read
 * by key: new rows are added (never put), and the keys of rows found by the duplicate rules are
 * checked, so if one is stored after all the transaction aborts, nothing written, with an error
 * keysWereStored recognises, and the caller writes the batch again without `keysNew`.
 */
export async function importActivities(
  db: TouchlineDb,
  incoming: readonly Activity[],
  timeZone: string,
  options: {
    marks?: ImportMarks | undefined;
    keysNew?: boolean;
    dealsOfAccounts?: DealsOfAccounts;
    /** The import's clock (what a done row dated after it is: withoutDone); the machine's by default. */
    now?: Date | undefined;
  } = {},
): Promise<ImportWriteSummary> {
  const { marks, keysNew = false, dealsOfAccounts } = options;
  const now = Date.now();
  const clockNow = options.now?.getTime() ?? now;
  const seenAt = new Date(now).toISOString();
  // An export's dates are read in the user's zone: it is also the zone a date alone was printed in.
  const clock: MergeClock = { timeZone, pageTimeZone: timeZone, now: new Date(now) };
  let marked: PackKey[] = [];
  const stores = [...ACTIVITY_WRITE_STORES, ...IMPORT_LOGGED_STORES];
  const summary = await runTransaction(db, stores, 'readwrite', 'save', async (tx) => {
    if (marks) await forgetErasedMarks(tx.objectStore('activityPacks'), marks);
    const invalidStored: InvalidRow[] = [];
    const byKey = keysNew ? new Map<string, Activity | undefined>() : await storedByKey(tx, incoming, invalidStored);
    const unmatched = incoming.filter((a) => !byKey.get(a.key));
    const wanted = new Set(unmatched.flatMap((a) => recordsOf(a).flatMap((record) => bucketsOf(record, a))));
    const buckets = await storedByRecord(
      tx.objectStore('activities'),
      unique(unmatched.flatMap(recordsOf)),
      wanted,
      invalidStored,
      dealsOfAccounts,
    );
    // What the store held before this batch: the packs these rows leave are marked too.
    const before = new Map(byKey);
    for (const rows of buckets.values()) for (const row of rows) before.set(row.key, row);
    const writes = new Map<string, Activity>();
    const fresh = new Set<string>();
    const touchesNow = new Set<string>();
    let existing = 0;
    for (const row of incoming) {
      const stored = byKey.get(row.key) ?? sameTouchStored(row, buckets, timeZone);
      if (stored) {
        existing++;
        let filled = doneAhead(fillIn(stored, row), row, clockNow);
        // First a touch now (done, held), as a page reading marks it: a touch logged before may merge with it.
        if (!isPageTouch(stored, clock) && isPageTouch(filled, clock)) {
          filled = { ...filled, firstSeenAt: seenAt };
          touchesNow.add(filled.key);
        }
        if (!sameJson(stored, filled)) remember(filled, byKey, buckets, writes);
        continue;
      }
      fresh.add(row.key);
      // First seen now, as a page copy at its reading: a logged touch an edit or undo frees meets it too.
      remember({ ...withoutDone(row, clockNow), firstSeenAt: seenAt }, byKey, buckets, writes);
    }
    if (keysNew) await mustNotBeStored(tx, unique(incoming.map((a) => a.key).filter((key) => !fresh.has(key))));
    const activities = tx.objectStore('activities');
    const rows = [...writes.values()];
    // A put of a key the batch holds new would overwrite a row it never read; an add fails instead.
    putEach(activities, keysNew ? rows.filter((row) => !fresh.has(row.key)) : rows);
    const allAdded = keysNew
      ? addEach(
          activities,
          rows.filter((row) => fresh.has(row.key)),
        )
      : Promise.resolve(true);
    const paired = await pairImportedWithLogged(
      tx,
      rows.filter((row) => fresh.has(row.key) || touchesNow.has(row.key)),
      clock,
    );
    // Rewriting a batch's packs cost five times its rows' writes: mark them, rebuilt at the end of
    // the import (rebuildStalePacks) or by the next write to them; readers use the rows meanwhile.
    const packsOf = [...[...writes.keys()].map((key) => before.get(key)), ...rows, ...paired.before, ...paired.after];
    marked = await markPacksStale(tx, packsOf, marks, now);
    if (!(await allAdded)) throw new StoredKeyFound('a new key of the batch is stored');
    return { added: incoming.length - existing, existing, invalidStored };
  });
  // Noted only once committed: an aborted batch's marks never landed.
  if (marks) noteMarked(marks, marked, now + LEASE_MS);
  return summary;
}

/** Thrown (as the cause of the save error) when a batch written with `keysNew` met a stored key. */
class StoredKeyFound extends Error {}

/** Whether a batch written with `keysNew` failed because one of its keys was stored after all. */
export function keysWereStored(error: unknown): boolean {
  return error instanceof Error && error.cause instanceof StoredKeyFound;
}

async function mustNotBeStored(tx: ImportTx, keys: string[]): Promise<void> {
  const rows = await getEach(tx.objectStore('activities'), keys);
  if (rows.some((row) => row !== undefined)) throw new StoredKeyFound('a key of the batch is stored');
}

async function storedByKey(tx: ImportTx, incoming: readonly Activity[], invalid: InvalidRow[]) {
  const keys = unique(incoming.map((a) => a.key));
  const rows = await getEach(tx.objectStore('activities'), keys);
  return new Map(keys.map((key, i) => [key, parseRow(activitySchema, 'activities', rows[i], invalid, key)]));
}

function remember(
  row: Activity,
  byKey: Map<string, Activity | undefined>,
  buckets: Buckets,
  writes: Map<string, Activity>,
): void {
  byKey.set(row.key, row);
  writes.set(row.key, row);
  for (const record of recordsOf(row)) addTo(buckets, record, row);
}

/**
 * A new row stores no `planned: false` where it says nothing: it is there for a stored planned
 * sighting to hear the item is done (fillIn), and a done row dated before now is a touch without
 * it. A done row dated after now keeps it, as the page reader stores such an item (Pipedrive's
 * done activity dated by a due day ahead, Salesforce's closed Task): without it the row reads as
 * not happened yet and counts nowhere (lib/metrics/touch.ts shownDone).
 */
function withoutDone(row: Activity, now: number): Activity {
  if (row.planned !== false || datedAfter(row, now)) return row;
  const { planned: _done, ...rest } = row;
  return rest;
}

/** A stored row the export shows done (fillIn ends its planned sighting) and dated after now says it is done, as a new one does. */
function doneAhead(filled: Activity, row: Activity, now: number): Activity {
  return row.planned === false && datedAfter(filled, now) ? { ...filled, planned: false } : filled;
}

function datedAfter(activity: Activity, now: number): boolean {
  return activity.timestamp !== undefined && Date.parse(activity.timestamp) > now;
}
