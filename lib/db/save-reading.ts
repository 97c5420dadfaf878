import type { IDBPTransaction } from 'idb';
import { recordKey } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import type { ReadOk } from '../schema/read-result';
import { contactSchema, dealSchema } from '../schema/record';
import { mergeLoggedTouches } from './logged-merge';
import { sameJson } from './objects';
import { activityFromReading, mergeActivity } from './page-activities';
import { contactFromReading, dealFromReading } from './page-records';
import { type InvalidRow, parseRow, parseRows } from './rows';
import type { TouchlineDb, TouchlineSchema } from './schema';
import { eachRequest, runTransaction } from './transaction';

export interface SaveSummary {
  recordKey: string;
  /** Activities the cache did not have before. */
  added: number;
  /** Stored activities this reading changed (new keys, filled fields). */
  updated: number;
  /** Keys of logged touches merged into a page touch by this reading. */
  mergedLogged: string[];
  /** Stored rows that failed validation; a page copy replaces one with the same key. */
  invalid: InvalidRow[];
}

type SaveTx = IDBPTransaction<TouchlineSchema, ['contacts', 'deals', 'activities'], 'readwrite'>;

export interface PageReading {
  result: ReadOk;
  /** When the page was read. */
  now: Date;
  /** The user's zone: it decides which page touch is "the same day" as a logged one. */
  timeZone: string;
}

/**
 * Saves one page reading in a single transaction, merging into what is stored: nothing a page
 * no longer shows is dropped (timelines paginate), logged touches are never overwritten, and
 * saving the same reading again changes nothing. Resolves once the transaction has committed.
 */
export async function saveReading(db: TouchlineDb, result: ReadOk, now: Date, timeZone: string): Promise<SaveSummary> {
  const [summary] = await saveReadings(db, [{ result, now, timeZone }]);
  return summary as SaveSummary;
}

/**
 * Saves several readings, in order, in one transaction: one commit for a burst of readings
 * (many tabs, an import) instead of one each. All or nothing, like a single save.
 */
export function saveReadings(db: TouchlineDb, readings: readonly PageReading[]): Promise<SaveSummary[]> {
  return runTransaction(db, ['contacts', 'deals', 'activities'], 'readwrite', 'save', async (tx) => {
    const summaries: SaveSummary[] = [];
    for (const { result, now, timeZone } of readings)
      summaries.push(await saveInTransaction(tx, result, now, timeZone));
    return summaries;
  });
}

async function saveInTransaction(tx: SaveTx, result: ReadOk, now: Date, timeZone: string): Promise<SaveSummary> {
  const pageKey = recordKey(result);
  const incoming = uniqueByKey(
    result.activities.map((reading) => activityFromReading(result, pageKey, reading, timeZone)),
  );
  const invalid: InvalidRow[] = [];
  await saveRecord(tx, result, pageKey, now, invalid);
  const { fresh, updated } = await saveActivities(tx, incoming, invalid);
  const mergedLogged = fresh.length > 0 ? await mergeLogged(tx, fresh, timeZone, invalid) : [];
  return { recordKey: pageKey, added: fresh.length, updated, mergedLogged, invalid };
}

async function saveRecord(tx: SaveTx, result: ReadOk, key: string, now: Date, invalid: InvalidRow[]) {
  if (result.kind === 'contact') {
    const store = tx.objectStore('contacts');
    const existing = parseRow(contactSchema, 'contacts', await store.get(key), invalid, key);
    const next = contactFromReading(result, key, existing, now);
    if (!sameJson(existing, next)) await store.put(next);
  } else {
    const store = tx.objectStore('deals');
    const existing = parseRow(dealSchema, 'deals', await store.get(key), invalid, key);
    const next = dealFromReading(result, key, existing, now);
    if (!sameJson(existing, next)) await store.put(next);
  }
}

async function saveActivities(tx: SaveTx, incoming: Activity[], invalid: InvalidRow[]) {
  const store = tx.objectStore('activities');
  const stored = await eachRequest(incoming, (activity) => store.get(activity.key));
  const fresh: Activity[] = [];
  const changed: Activity[] = [];
  incoming.forEach((activity, i) => {
    const existing = parseRow(activitySchema, 'activities', stored[i], invalid, activity.key);
    const next = mergeActivity(existing, activity);
    if (!existing) fresh.push(next);
    if (!sameJson(existing, next)) changed.push(next);
  });
  await eachRequest(changed, (activity) => store.put(activity));
  return { fresh, updated: changed.length - fresh.length };
}

async function mergeLogged(tx: SaveTx, fresh: Activity[], timeZone: string, invalid: InvalidRow[]) {
  const store = tx.objectStore('activities');
  const rows = await store.index('byOrigin').getAll('logged-in-touchline');
  const merged = mergeLoggedTouches(parseRows(activitySchema, 'activities', rows, invalid), fresh, timeZone);
  await eachRequest(merged, (touch) => store.put(touch));
  return merged.map((touch) => touch.key);
}

/** A page can list one item twice (or two items can share a hash key): they are one activity. */
function uniqueByKey(activities: Activity[]): Activity[] {
  const byKey = new Map<string, Activity>();
  for (const activity of activities) byKey.set(activity.key, mergeActivity(byKey.get(activity.key), activity));
  return [...byKey.values()];
}
