import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type * as z from 'zod/mini';
import { type Activity, activitySchema, channelOf } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { packOwnerlessRows, rebuildAllPacks, updateActivityPacks } from './activity-packs';
import { sameJson } from './objects';
import { pipedriveActivityIds } from './pipedrive-activity-ids';
import { rekeyActivities } from './rekey-migration';
import { type InvalidRow, parseRow } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { rebuildAllSummaries } from './stage-summary-store';
import { activitiesAsReadNow, recordAsReadNow } from './text-as-read-now';
import { noteEveryUndated } from './undated-keys';

type UpgradeDb = IDBPDatabase<TouchlineSchema>;
type UpgradeTx = IDBPTransaction<TouchlineSchema, StoreName[], 'versionchange'>;
export type ReportInvalid = (rows: InvalidRow[]) => void;

/** What migrations need besides the database: where to report, and the zone pages were read in. */
export interface UpgradeContext {
  report: ReportInvalid;
  pageTimeZone: string;
}

/** Migration n (index n - 1) takes a database at version n - 1 to version n. */
type Migration = (db: UpgradeDb, tx: UpgradeTx, context: UpgradeContext) => Promise<void> | undefined;

const MIGRATIONS: Migration[] = [
  createStores,
  indexOriginAndBackfill,
  rekeyWithDirectionAndMinute,
  summariseStages,
  packActivities,
  packOwnerlessActivities,
  keepUndoMarks,
  noteUndatedRows,
  repackCountedTimes,
  countStageMovesAndPipedriveIds,
  noteLateStartsAndClosedStages,
  closeHubSpotStagesByMarker,
  countClosesInOpenStages,
  readStoredTextAsNow,
];

/** idb's `upgrade` callback: runs every migration between the stored version and the new one, in order. */
export function upgrade(
  db: UpgradeDb,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
  context: UpgradeContext,
): void {
  const target = newVersion ?? MIGRATIONS.length;
  runFrom(oldVersion, target, db, tx, context).catch((error: unknown) => {
    console.error('Touchline: database upgrade failed, keeping the previous version', error);
    tx.abort();
  });
}

async function runFrom(from: number, to: number, db: UpgradeDb, tx: UpgradeTx, context: UpgradeContext) {
  for (let version = from + 1; version <= to; version++) {
    const migration = MIGRATIONS[version - 1];
    if (!migration) throw new Error(`No migration to database version ${version}`);
    // Schema changes must run while the upgrade transaction is active: only wait for real work.
    const pending = migration(db, tx, context);
    if (pending) await pending;
  }
}

/** Version 1: records by key, activities indexed by contact, deal, owner and time. */
function createStores(db: UpgradeDb): undefined {
  db.createObjectStore('contacts', { keyPath: 'key' }).createIndex('byTenant', ['crm', 'tenant']);
  db.createObjectStore('deals', { keyPath: 'key' }).createIndex('byTenant', ['crm', 'tenant']);
  const activities = db.createObjectStore('activities', { keyPath: 'key' });
  activities.createIndex('byContact', 'contactKeys', { multiEntry: true });
  activities.createIndex('byDeal', 'dealKeys', { multiEntry: true });
  activities.createIndex('byOwner', 'owner');
  activities.createIndex('byTimestamp', 'timestamp');
  activities.createIndex('byOwnerTime', ['owner', 'timestamp']);
  return undefined;
}

/**
 * Version 2: an origin index (logged touches are exported without a full scan), and a backfill:
 * version 1 stored touches without `channel` and kept page timestamps with their offsets,
 * which range queries on the time indexes cannot order. Every row is checked; invalid rows
 * are reported and left as they are.
 */
function indexOriginAndBackfill(_db: UpgradeDb, tx: UpgradeTx, { report }: UpgradeContext): Promise<void> {
  tx.objectStore('activities').createIndex('byOrigin', 'origin');
  return (async () => {
    const invalid: InvalidRow[] = [];
    await checkEach(tx, 'activities', activitySchema, invalid, backfill);
    await checkEach(tx, 'contacts', contactSchema, invalid);
    await checkEach(tx, 'deals', dealSchema, invalid);
    if (invalid.length > 0) report(invalid);
  })();
}

/**
 * Version 3: activity keys with direction and the UTC minute or printed date (rekeyActivities),
 * in the zone pages are read in. Invalid rows were reported by version 2 and stay as they are.
 */
async function rekeyWithDirectionAndMinute(_db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext) {
  const store = tx.objectStore('activities');
  const { remove, put } = rekeyActivities(await store.getAll(), pageTimeZone, []);
  await Promise.all([...remove.map((key) => store.delete(key)), ...put.map((row) => store.put(row))]);
}

/**
 * Version 4: per-stage summaries (typical time in stage, stage conversion) built from every valid
 * stored deal, days counted in the zone pages are read in (the default time-zone setting; a view
 * in another zone rebuilds its pipeline's rows). No other store changes.
 */
function summariseStages(db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext): Promise<void> {
  db.createObjectStore('stageSummaries', { keyPath: 'key' }).createIndex('byPipeline', 'pipelineKey');
  return rebuildAllSummaries(tx, pageTimeZone);
}

/**
 * Version 5: the owner/day activity packs (activity-packs.ts) built from every valid stored
 * activity, with the index of packs a bulk import left stale. No other store changes.
 */
function packActivities(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const packs = db.createObjectStore('activityPacks', { keyPath: ['owner', 'day', 'crm', 'tenant'] });
  packs.createIndex('byTenant', ['crm', 'tenant']);
  packs.createIndex('byStale', 'stale');
  return rebuildAllPacks(tx);
}

/**
 * Version 6: the packs of activities whose page showed no owner, under NO_OWNER
 * (lib/schema/activity-pack.ts), built from every valid stored activity without an owner, so the
 * team page finds their replies without reading every row. No row changes, none is dropped.
 */
function packOwnerlessActivities(_db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  return packOwnerlessRows(tx);
}

/**
 * Version 7: the marks of undone logged touches (lib/schema/undone-touch.ts), and the per-stage
 * summaries built again: days in a stage now count from the day a page printed (printed-stage-days.ts),
 * and a summary summed under the old count would keep its samples for good. No row changes.
 */
function keepUndoMarks(db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext): Promise<void> {
  db.createObjectStore('undoneTouches', { keyPath: 'key' });
  return rebuildAllSummaries(tx, pageTimeZone);
}

/**
 * Version 8: the keys of the activities without a timestamp (undated-keys.ts), so the team page
 * finds them without counting every row. No row changes.
 */
function noteUndatedRows(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('undatedActivities', { keyPath: 'key' });
  return noteEveryUndated(tx);
}

/**
 * Version 9: every pack built again from every valid stored activity, as version 5 built them:
 * pack entries now carry `relativeTime` and `firstSeenAt` (lib/schema/activity-pack.ts), which
 * duplicate rule 3 reads on the team page, and the packs written before lack them while their rows
 * have them. Rebuilt here rather than marked stale: a stale pack is read from the rows until a
 * write or an import's end rebuilds it, so an old day's pack would be slow for good. No row changes.
 */
function repackCountedTimes(_db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  return rebuildAllPacks(tx);
}

/**
 * Version 10: the per-stage summaries built again, now counting per stage the stages each deal
 * (won ones too) reached after it (`reached`: the stage order when no page shows the path); and
 * Pipedrive activity ids imported before in the page reader's form (pipedriveActivityIds), so an
 * activity read on its page and imported is one touch. Rows merge, none is lost; the packs and
 * undated keys of the changed rows follow.
 */
async function countStageMovesAndPipedriveIds(_db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext) {
  const store = tx.objectStore('activities');
  const pipedrive: Activity[] = [];
  let cursor = await store.openCursor();
  while (cursor) {
    const row = parseRow(activitySchema, 'activities', cursor.value, []);
    if (row?.crm === 'pipedrive') pipedrive.push(row);
    cursor = await cursor.continue();
  }
  const { remove, put } = pipedriveActivityIds(pipedrive);
  const before = new Map(pipedrive.map((row) => [row.key, row]));
  await Promise.all([...remove.map((key) => store.delete(key)), ...put.map((row) => store.put(row))]);
  await updateActivityPacks(
    tx,
    [...remove, ...put.map((row) => row.key)].map((key) => before.get(key)),
    put,
  );
  await rebuildAllSummaries(tx, pageTimeZone);
}

/**
 * Version 11: the per-stage summaries built again from every valid stored deal, as version 10
 * built them, now also counting per stage the deals whose history may begin late and begins there
 * (`beganLate`) and those that closed there by the page's marker (`closedWon`, `closedLost`), so
 * the deal panel's conversion says "not known" and leaves outcomes out where the team funnel does.
 * Rows of version 10 lack these counts and would no longer parse. No other store changes.
 */
function noteLateStartsAndClosedStages(_db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext) {
  return rebuildAllSummaries(tx, pageTimeZone);
}

/**
 * Version 12: the per-stage summaries built again from every valid stored deal. A HubSpot deal's
 * closed marker now makes the stage it closed in an outcome, as a Salesforce deal's did, and a
 * stage named with a qualifier after its outcome words ("Closed lost - no budget") is one: a
 * summary of version 11 counts such a stage as an open one and the move into it as a move forward.
 * No other store changes.
 */
function closeHubSpotStagesByMarker(_db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext) {
  return rebuildAllSummaries(tx, pageTimeZone);
}

/**
 * Version 13: the per-stage summaries built again from every valid stored deal. A deal won or lost
 * in an open stage (Pipedrive's marker) with a readable close day now left that stage at its close
 * (closeOfOpenStage), a typical-time sample as a move out would be: a summary of version 12 holds
 * no days for such a visit, so a stage whose deals are mostly won there kept the default. No other
 * store changes.
 */
function countClosesInOpenStages(_db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext) {
  return rebuildAllSummaries(tx, pageTimeZone);
}

/**
 * Version 14: stored texts as the readers of 0.7.38 give them (text-as-read-now.ts): titles, owners
 * and names composed with whitespace collapsed, Salesforce logged emails without Salesforce's
 * "Email:" label. The same item read or imported again is no second touch, one rep no second team
 * row. Activity rows merge, none is lost; the packs and undated keys of the changed rows follow;
 * contacts and deals are rewritten in place.
 */
async function readStoredTextAsNow(_db: UpgradeDb, tx: UpgradeTx, { pageTimeZone }: UpgradeContext) {
  const store = tx.objectStore('activities');
  const rows: Activity[] = [];
  let cursor = await store.openCursor();
  while (cursor) {
    const row = parseRow(activitySchema, 'activities', cursor.value, []);
    if (row) rows.push(row);
    cursor = await cursor.continue();
  }
  const { remove, put } = activitiesAsReadNow(rows, pageTimeZone);
  const before = new Map(rows.map((row) => [row.key, row]));
  await Promise.all([...remove.map((key) => store.delete(key)), ...put.map((row) => store.put(row))]);
  await updateActivityPacks(
    tx,
    [...remove, ...put.map((row) => row.key)].map((key) => before.get(key)),
    put,
  );
  // A record whose texts are as read now stays as stored (checkEach rewrites only a changed row).
  const asNow = <T extends Contact | Deal>(record: T | undefined, row: unknown) => {
    const now = record && recordAsReadNow(record);
    return now && !sameJson(now, record) ? now : row;
  };
  await checkEach(tx, 'contacts', contactSchema, [], (row) => asNow(parseRow(contactSchema, 'contacts', row, []), row));
  await checkEach(tx, 'deals', dealSchema, [], (row) => asNow(parseRow(dealSchema, 'deals', row, []), row));
}

/** Walks a store, parsing every row; a valid row the backfill changed is rewritten in place. */
async function checkEach(
  tx: UpgradeTx,
  store: StoreName,
  schema: z.ZodMiniType,
  invalid: InvalidRow[],
  backfill: (row: unknown) => unknown = (row) => row,
): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    const row = backfill(cursor.value);
    const valid = parseRow(schema, store, row, invalid) !== undefined;
    if (valid && row !== cursor.value) await cursor.update(row as never);
    cursor = await cursor.continue();
  }
}

/** Returns the row itself when nothing needed filling in. */
function backfill(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const activity = row as Partial<Activity>;
  const channel = activity.type && activity.channel === undefined ? channelOf(activity.type) : activity.channel;
  const time = typeof activity.timestamp === 'string' ? Date.parse(activity.timestamp) : Number.NaN;
  const timestamp = Number.isNaN(time) ? activity.timestamp : new Date(time).toISOString();
  if (channel === activity.channel && timestamp === activity.timestamp) return row;
  const fixed = { ...activity };
  if (channel) fixed.channel = channel;
  if (timestamp) fixed.timestamp = timestamp;
  return fixed;
}
