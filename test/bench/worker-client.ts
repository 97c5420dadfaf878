import { ACTIVITY_WRITE_STORES, type PackTx, updateActivityPacks } from '../../lib/db/activity-packs';
import { openTouchlineDb } from '../../lib/db/open';
import { DEAL_WRITE_STORES, putDeal } from '../../lib/db/put-deal';
import { createSaveQueue } from '../../lib/db/save-queue';
import { saveReadings } from '../../lib/db/save-reading';
import type { ReadOk } from '../../lib/schema/read-result';
import type { Deal } from '../../lib/schema/record';
import type { StoredRows } from './stored-rows';

/**
 * Runs in the extension's service worker (bundled by bundle.ts): writes benchmark rows into the
 * extension's own database, and times the floor of ingest_ratio, a bare bulk put.
 */
const client = {
  /**
   * Rows into an existing database in one transaction. Opening a missing one would create it empty.
   * Activities go with their owner/day packs (lib/db/activity-packs.ts), as every writer keeps them.
   */
  async putRows(name: string, rows: Partial<StoredRows>): Promise<void> {
    if ((rows.activities?.length ?? 0) > 0) await putActivities(name, rows.activities ?? []);
    const db = await openExisting(name);
    try {
      const stores = (['contacts', 'deals'] as const).filter((s) => (rows[s]?.length ?? 0) > 0);
      if (stores.length === 0) return;
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) for (const row of rows[store] ?? []) tx.objectStore(store).put(row);
      await done(tx);
    } finally {
      db.close();
    }
  },

  /**
   * Deals written as the extension writes them: through putDeal (lib/db/put-deal.ts), in one
   * transaction over the stores it names, so whatever it keeps beside a deal (per-stage
   * summaries) is kept for these too.
   */
  async putDeals(name: string, deals: Deal[]): Promise<void> {
    await openExisting(name).then((db) => db.close());
    const db = await openTouchlineDb(name);
    try {
      const tx = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
      await Promise.all(deals.map((deal) => putDeal(tx as Parameters<typeof putDeal>[0], deal)));
      await tx.done;
    } finally {
      db.close();
    }
  },

  async countDeals(name: string): Promise<number> {
    const db = await openExisting(name);
    try {
      return await request(db.transaction('deals').objectStore('deals').count());
    } finally {
      db.close();
    }
  },

  async countActivities(name: string): Promise<number> {
    const db = await openExisting(name);
    try {
      return await request(db.transaction('activities').objectStore('activities').count());
    } finally {
      db.close();
    }
  },

  /** Empties a database's activities (csv_import_ratio's import arm starts each round from none). */
  async clearActivities(name: string): Promise<void> {
    const db = await openExisting(name);
    try {
      const stores = ['activities', 'activityPacks'].filter((store) => db.objectStoreNames.contains(store));
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      await done(tx);
    } finally {
      db.close();
    }
  },

  staged: undefined as Partial<StoredRows> | undefined,
  stagedReadings: [] as ReadOk[],

  /** Keeps page readings in the worker, handed over in chunks (a 100,000-activity literal is too big for one evaluate). */
  stageReadings(readings: ReadOk[], append: boolean): number {
    client.stagedReadings = append ? [...client.stagedReadings, ...readings] : readings;
    return client.stagedReadings.length;
  },

  /**
   * The page-reading save path of the background (lib/background/service.ts): the staged readings
   * submitted at once to a save queue over saveReadings, as `readingSaved` messages arriving
   * together are, into a database `name` created for this call and deleted after it.
   * Milliseconds from the first submission until the last save has committed.
   */
  async saveReadingsInto(name: string, retentionDays: number): Promise<number> {
    const db = await openTouchlineDb(name);
    try {
      const save = createSaveQueue((batch) => saveReadings(db, batch));
      const timeZone = 'UTC';
      const started = performance.now();
      const now = new Date();
      await Promise.all(client.stagedReadings.map((result) => save({ result, now, timeZone, retentionDays })));
      return performance.now() - started;
    } finally {
      db.close();
      await request(indexedDB.deleteDatabase(name));
    }
  },

  /** Keeps rows in the worker, so handing them over is not part of a timed put. */
  stage(rows: Partial<StoredRows>): void {
    client.staged = rows;
  },

  /**
   * The floor: the staged rows put with `idb` in one transaction into a database that
   * openTouchlineDb creates with Touchline's own stores and indexes. Milliseconds, until commit.
   */
  async bulkPut(name: string): Promise<number> {
    const rows = client.staged ?? {};
    const db = await openTouchlineDb(name);
    try {
      const started = performance.now();
      const tx = db.transaction(['contacts', 'activities'], 'readwrite');
      for (const contact of rows.contacts ?? []) void tx.objectStore('contacts').put(contact);
      for (const activity of rows.activities ?? []) void tx.objectStore('activities').put(activity);
      await tx.done;
      return performance.now() - started;
    } finally {
      db.close();
    }
  },
};

/** Activities through the packs' updater: the rows they replace leave their packs first. */
async function putActivities(name: string, activities: NonNullable<StoredRows['activities']>): Promise<void> {
  await openExisting(name).then((db) => db.close());
  const db = await openTouchlineDb(name);
  try {
    const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
    const store = tx.objectStore('activities');
    const before = await Promise.all(activities.map((row) => store.get(row.key)));
    for (const row of activities) void store.put(row);
    await updateActivityPacks(tx as PackTx, before, new Map(activities.map((row) => [row.key, row])).values());
    await tx.done;
  } finally {
    db.close();
  }
}

async function openExisting(name: string): Promise<IDBDatabase> {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === name)) throw new Error(`the extension has not created its database ${name} yet`);
  return request(indexedDB.open(name));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export type WorkerClient = typeof client;
(globalThis as { touchlineBench?: WorkerClient }).touchlineBench = client;
