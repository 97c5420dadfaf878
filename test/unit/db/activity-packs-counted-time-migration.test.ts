import { describe, expect, it, vi } from 'vitest';
import { readOwnerPacks } from '../../../lib/db/activity-pack-read';
import { logTouch } from '../../../lib/db/logged-touches';
import { openTouchlineDb } from '../../../lib/db/open';
import { saveReading } from '../../../lib/db/save-reading';
import { DB_VERSION, STORE_NAMES, type StoreName, type TouchlineDb } from '../../../lib/db/schema';
import type { Activity, ActivityReading } from '../../../lib/schema/activity';
import type { ActivityPack, PackEntry } from '../../../lib/schema/activity-pack';
import { activitiesOfPacks } from '../../../lib/team/read-rows';
import { repTouches } from '../../../lib/team/team-touches';
import { ANA, anaKey, BEN, call, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { expectedPacks, stalePackIds, storedPacks } from './pack-oracle';
import { freshDb, freshName, TENANT } from './world-readings';

/**
 * Database version 9: pack entries carry `relativeTime` and `firstSeenAt`, which duplicate rule 3
 * reads on the team page (lib/metrics/duplicate-rules.ts comparedAtCount). A version 8 database
 * holds rows with both and packs without them; the upgrade builds every pack again and keeps every
 * row of every store. Rep Rita's call to Ana, Fri 20 Nov 2026 11:40 UTC: "3 hours ago" on Ana's page
 * read at 14:25 (11:25), 11:40 on the deal's page. By hand: one touch on the team view, as on the panels.
 */
const Z = 'UTC';
const OWNER = 'Rita Reyes';
const READ_AT = new Date('2026-11-20T14:25:00.000Z');
const TO = new Date('2026-11-20T20:00:00.000Z');

/** A version 8 writer's entry: 19 slots, 20 with the printed day of a date-only row. */
function asVersion8(entry: PackEntry): PackEntry {
  return entry.slice(0, entry[19] === null ? 19 : 20) as PackEntry;
}

/** Rows as this Touchline's writers store them: counted, timed, date-only, ownerless, undated, logged. */
async function writtenRows(): Promise<TouchlineDb> {
  const db = await freshDb();
  const { timestamp: _, ...undated } = call('2026-11-19T10:00:00.000Z', { owner: OWNER });
  const ben: ActivityReading[] = [
    { ...undated, title: 'Call back', dateText: 'sometime in spring' },
    call('2026-11-19T00:00:00.000Z', { owner: OWNER, title: 'Intro call', timePrecision: 'day' }),
    call('2026-11-19T16:00:00.000Z', { title: 'Call without an owner' }),
  ];
  await saveReading(db, contactPage(BEN, ben), new Date('2026-11-19T18:00:00.000Z'), Z, Z);
  await saveReading(
    db,
    contactPage(ANA, [call('2026-11-20T11:25:00.000Z', { relativeTime: true, owner: OWNER })]),
    READ_AT,
    Z,
    Z,
  );
  await saveReading(
    db,
    dealPage([call('2026-11-20T11:40:00.000Z', { contactIds: [ANA], owner: OWNER })]),
    new Date('2026-11-20T14:30:00.000Z'),
    Z,
    Z,
  );
  await logTouch(
    db,
    { recordKey: anaKey, channel: 'email', timestamp: '2026-11-20T15:00:00.000Z', note: 'Sent the quote' },
    new Date('2026-11-20T15:05:00.000Z'),
  );
  return db;
}

async function dump(db: TouchlineDb, stores: readonly StoreName[]): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await db.getAll(store)])));
}

/** A version 8 database holding `source`'s rows and its packs as version 8 wrote them, one left stale. */
async function version8Copy(source: TouchlineDb): Promise<string> {
  const name = freshName();
  const v8 = await openTouchlineDb(name, { version: 8 });
  const stores = STORE_NAMES.filter((store) => v8.objectStoreNames.contains(store));
  // Read before the transaction opens: awaiting another database would let it commit.
  const rows = await dump(source, stores);
  const tx = v8.transaction(stores, 'readwrite');
  for (const store of stores.filter((s) => s !== 'activityPacks')) {
    for (const row of rows[store] ?? []) await tx.objectStore(store).put(row as never);
  }
  for (const [i, pack] of (rows.activityPacks as ActivityPack[]).entries()) {
    // The first as a bulk import leaves it: marked stale, no entries.
    const value =
      i === 0 ? { ...pack, entries: [], stale: 1 as const } : { ...pack, entries: pack.entries.map(asVersion8) };
    await tx.objectStore('activityPacks').put(value);
  }
  // A row no schema takes: kept as it is, in no pack.
  await tx.objectStore('activities').put({ key: `hubspot:${TENANT}:activity:broken`, owner: OWNER } as never);
  await tx.done;
  v8.close();
  return name;
}

describe('database version 9: pack entries with the counted time and the first sighting', () => {
  it('upgrades a version 8 database: every row of every store kept, every pack built again with both', async () => {
    const source = await writtenRows();
    const name = await version8Copy(source);
    const v8 = await openTouchlineDb(name, { version: 8 });
    const rowStores = STORE_NAMES.filter((store) => store !== 'activityPacks');
    const before = await dump(v8, rowStores);
    const activities = before.activities as Activity[];
    expect(activities.filter((row) => row.relativeTime)).toHaveLength(1);
    expect(activities.filter((row) => row.firstSeenAt).length).toBeGreaterThan(3);
    // Fields the packs leave out (lib/schema/activity-pack.ts) stay on the rows.
    expect(activities.filter((row) => row.loggedAt)).toHaveLength(1);
    expect(before.undatedActivities).toHaveLength(1);
    expect(await stalePackIds(v8)).toHaveProperty('size', 1);
    v8.close();

    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(14);
    expect(await dump(db, rowStores)).toEqual(before);
    expect(await stalePackIds(db)).toEqual(new Set());
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    expect(await db.count('activityPacks')).toBe(await source.count('activityPacks'));
    const from = new Date('2026-11-19T00:00:00.000Z');
    const packed = await activitiesOfPacks(await readOwnerPacks(db, OWNER, from, TO), from, TO, []);
    const counted = packed.find((row) => row.relativeTime);
    expect(counted?.firstSeenAt).toBe(READ_AT.toISOString());
    db.close();
  });

  it('gives the team view one touch for the call counted on one page and timed on the other, as before the upgrade it gave two', async () => {
    const name = await version8Copy(await writtenRows());
    const touches = async (db: TouchlineDb) => {
      const from = new Date('2026-11-20T00:00:00.000Z');
      const calls = (await activitiesOfPacks(await readOwnerPacks(db, OWNER, from, TO), from, TO, [])).filter(
        (row) => row.type === 'call',
      );
      const rules = { now: TO, timeZone: Z, countCompletedTasks: false, pageTimeZone: Z };
      return repTouches(calls, new Map([[anaKey, [dealKeyOf]]]), rules);
    };
    const v8 = await openTouchlineDb(name, { version: 8 });
    expect(await touches(v8)).toHaveLength(2);
    v8.close();

    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });
    expect(await touches(db)).toHaveLength(1);
    db.close();
  });
});
