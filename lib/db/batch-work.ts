import type { IDBPTransaction } from 'idb';
import { recordKeyOf } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { getEach } from './bulk-requests';
import { ORIGIN } from './logged-touches';
import { type InvalidRow, parseRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';

/** Records, activities and what writing deals needs (put-deal.ts DEAL_WRITE_STORES). */
export type SaveTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/**
 * What a batch of readings has read and changed, kept in memory until one write at the end.
 * `activities` holds every row the batch knows of (undefined: known absent, or removed by a re-key).
 */
export interface Working {
  tx: SaveTx;
  records: Map<string, Contact | Deal | undefined>;
  activities: Map<string, Activity | undefined>;
  /** Rows as the store held them when the batch first read them (the packs move from these). */
  stored: Map<string, Activity | undefined>;
  /** Keys of the rows of each record whose rows were fetched (see rowsOfRecord). */
  recordRows: Map<string, Set<string>>;
  /** Keys of the rows in `activities` by each record they are with, so no lookup scans them all. */
  inMemory: Map<string, Set<string>>;
  logged?: Map<string, Activity>;
  /** Stored deals per CRM account (`crm:tenant`). */
  tenantDeals: Map<string, Deal[]>;
  changedRecords: Map<string, Contact | Deal>;
  changedActivities: Map<string, Activity>;
  deletedActivities: Set<string>;
  /** Contacts folded into another record (fold-person.ts), unless a later reading of the batch wrote them again. */
  deletedContacts: Set<string>;
  /**
   * Where a fold left each row it moved away from the folded record, when asked (a backup import
   * reports by it): merged into a row already there, unchanged (`existing`) or not (`updated`), or
   * a row of its own (`added`).
   */
  foldedRows?: Map<string, FoldedRow>;
  invalid: InvalidRow[];
}

export type FoldedRow = 'existing' | 'updated' | 'added';

/** Every stored row the batch's readings name (by key), fetched at once. */
export async function fetchTouched(
  tx: SaveTx,
  activityKeys: string[],
  contactKeys: string[],
  dealKeys: string[],
): Promise<Working> {
  const invalid: InvalidRow[] = [];
  const [activityRows, contactRows, dealRows] = await Promise.all([
    getEach(tx.objectStore('activities'), activityKeys),
    getEach(tx.objectStore('contacts'), contactKeys),
    getEach(tx.objectStore('deals'), dealKeys),
  ]);
  const records = new Map<string, Contact | Deal | undefined>([
    ...contactKeys.map((key, i) => [key, parseRow(contactSchema, 'contacts', contactRows[i], invalid, key)] as const),
    ...dealKeys.map((key, i) => [key, parseRow(dealSchema, 'deals', dealRows[i], invalid, key)] as const),
  ]);
  const activities = new Map(
    activityKeys.map((key, i) => [key, parseRow(activitySchema, 'activities', activityRows[i], invalid, key)] as const),
  );
  const inMemory = new Map<string, Set<string>>();
  for (const row of activities.values()) if (row) indexByRecord(inMemory, row);
  return {
    tx,
    records,
    activities,
    stored: new Map(activities),
    recordRows: new Map(),
    inMemory,
    tenantDeals: new Map(),
    changedRecords: new Map(),
    changedActivities: new Map(),
    deletedActivities: new Set(),
    deletedContacts: new Set(),
    invalid,
  };
}

function indexByRecord(inMemory: Map<string, Set<string>>, row: Activity): void {
  for (const key of [...row.contactKeys, ...row.dealKeys]) {
    const keys = inMemory.get(key);
    if (keys) keys.add(row.key);
    else inMemory.set(key, new Set([row.key]));
  }
}

/**
 * Every change of a row goes through here and deleteActivity, so the batch's caches (`activities`,
 * the record index, `logged`) never disagree: a logged touch moved to another record (fold-person.ts)
 * is found under that record by the pairing that follows (batch-logged.ts mergeLogged).
 */
export function putActivity(work: Working, row: Activity): void {
  work.activities.set(row.key, row);
  if (row.origin === ORIGIN) work.logged?.set(row.key, row);
  indexByRecord(work.inMemory, row);
  work.changedActivities.set(row.key, row);
  work.deletedActivities.delete(row.key);
  for (const key of [...row.contactKeys, ...row.dealKeys]) work.recordRows.get(key)?.add(row.key);
}

export function deleteActivity(work: Working, key: string): void {
  work.activities.set(key, undefined);
  work.logged?.delete(key);
  work.changedActivities.delete(key);
  work.deletedActivities.add(key);
}

/** The touches logged in Touchline merged into the row `from` now merged into `to`. */
export function moveLogged(work: Working, logged: Map<string, Activity>, from: string, to: string): void {
  for (const touch of [...logged.values()]) {
    if (touch.mergedInto !== from) continue;
    putActivity(work, { ...touch, mergedInto: to });
  }
}

/**
 * The rows with a contact or deal, as the batch sees them now: fetched through the index once
 * per record, then kept up to date by putActivity and deleteActivity.
 */
export async function rowsOfRecord(work: Working, recordKey: string): Promise<Activity[]> {
  let keys = work.recordRows.get(recordKey);
  if (!keys) {
    const index = recordKey.includes(':deal:') ? 'byDeal' : 'byContact';
    const rows = await work.tx.objectStore('activities').index(index).getAll(recordKey);
    keys = new Set();
    for (const row of parseRows(activitySchema, 'activities', rows, work.invalid)) {
      if (!work.stored.has(row.key)) work.stored.set(row.key, row);
      if (!work.activities.has(row.key)) {
        work.activities.set(row.key, row);
        indexByRecord(work.inMemory, row);
      }
      keys.add(row.key);
    }
    for (const key of work.inMemory.get(recordKey) ?? []) {
      const row = work.activities.get(key);
      if (row && [...row.contactKeys, ...row.dealKeys].includes(recordKey)) keys.add(key);
    }
    work.recordRows.set(recordKey, keys);
  }
  return [...keys].flatMap((key) => {
    const row = work.activities.get(key);
    return row ? [row] : [];
  });
}

/**
 * Every touch logged in Touchline, read once per batch through the origin index, each as the batch
 * has it now: one it changed or deleted before the first read is taken from `activities`.
 */
export async function loggedTouches(work: Working): Promise<Map<string, Activity>> {
  if (!work.logged) {
    const rows = await work.tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
    const logged = new Map<string, Activity>();
    for (const row of parseRows(activitySchema, 'activities', rows, work.invalid)) {
      if (!work.stored.has(row.key)) work.stored.set(row.key, row);
      const now = work.activities.has(row.key) ? work.activities.get(row.key) : row;
      if (now?.origin === ORIGIN) logged.set(row.key, now);
    }
    work.logged = logged;
  }
  return work.logged;
}

/**
 * The stored rows (before this batch) of the keys it writes: those it read already, the others
 * fetched now. Called before the batch's writes are issued.
 */
export async function storedBefore(work: Working, keys: readonly string[]): Promise<(Activity | undefined)[]> {
  const unknown = keys.filter((key) => !work.stored.has(key));
  const rows = await getEach(work.tx.objectStore('activities'), unknown);
  unknown.forEach((key, i) => {
    work.stored.set(key, parseRow(activitySchema, 'activities', rows[i], [], key));
  });
  return keys.map((key) => work.stored.get(key));
}

/** The rows of `keys` as the batch has them so far: those it changed or read, the others fetched now. */
export async function rowsNow(work: Working, keys: readonly string[]): Promise<Activity[]> {
  await storedBefore(
    work,
    keys.filter((key) => !work.activities.has(key)),
  );
  return keys.flatMap((key) => {
    const row = work.activities.has(key) ? work.activities.get(key) : work.stored.get(key);
    return row ? [row] : [];
  });
}

/** A stored deal, read once per batch. */
export async function dealOf(work: Working, key: string): Promise<Deal | undefined> {
  if (!work.records.has(key)) {
    work.records.set(
      key,
      parseRow(dealSchema, 'deals', await work.tx.objectStore('deals').get(key), work.invalid, key),
    );
  }
  const record = work.records.get(key);
  return record?.kind === 'deal' ? record : undefined;
}

/** The record keys of a deal's contacts. */
export function contactKeysOf(deal: Deal): string[] {
  return deal.contacts.map((c) => recordKeyOf(deal.crm, deal.tenant, 'contact', c.id));
}

/** The stored deals of a CRM account, read once per batch (to find the deals a contact is on). */
export async function dealsOfTenant(work: Working, crm: Deal['crm'], tenant: string): Promise<Deal[]> {
  let deals = work.tenantDeals.get(`${crm}:${tenant}`);
  if (!deals) {
    const rows = await work.tx.objectStore('deals').index('byTenant').getAll([crm, tenant]);
    deals = parseRows(dealSchema, 'deals', rows, work.invalid);
    work.tenantDeals.set(`${crm}:${tenant}`, deals);
  }
  return deals.map((deal) => {
    const current = work.records.get(deal.key);
    return current?.kind === 'deal' ? current : deal;
  });
}
