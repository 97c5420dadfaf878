import { afterEach, describe, expect, it, vi } from 'vitest';
import { importMarks, LEASE_MS } from '../../../lib/db/activity-pack-marks';
import { rebuildStalePacks } from '../../../lib/db/activity-pack-stale';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import { eraseScope } from '../../../lib/db/erase';
import { importActivities } from '../../../lib/db/import-activities';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import { importText } from '../csv-import/import-fixture';
import { importedCall as call } from './imported-call';
import { expectedPacks, stalePackIds, storedPacks } from './pack-oracle';
import { freshDb } from './world-readings';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Calls by two reps cycling over 10 days of 2026-08: every 50-row batch touches the same 20 packs. */
function cyclingFile(rows: number): string {
  const lines = ['Record ID,Call title,Activity date,Activity assigned to,Associated Contact IDs'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 10)).padStart(2, '0');
    lines.push(
      `${i + 1},Call ${i},2026-08-${day} 10:${String(i % 60).padStart(2, '0')},${i % 3 ? 'Dana Reyes' : 'Sam Ito'},501`,
    );
  }
  return lines.join('\n');
}

/** Stale markers put into the packs store while `run` runs, counted per pack. */
async function markerPuts(run: () => Promise<unknown>): Promise<Map<string, number>> {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await run();
  const counts = new Map<string, number>();
  put.mock.calls.forEach(([value], i) => {
    const pack = value as { owner: string; day: string; crm: string; tenant: string; stale?: number };
    if ((put.mock.contexts[i] as IDBObjectStore).name !== 'activityPacks' || pack.stale === undefined) return;
    const id = JSON.stringify([pack.owner, pack.day, pack.crm, pack.tenant]);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  put.mockRestore();
  return counts;
}

/** A page reading's write of a call, as saveReadings keeps the packs. */
async function pageWrite(db: TouchlineDb, row: Activity): Promise<void> {
  const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
  await tx.objectStore('activities').put(row);
  await updateActivityPacks(tx, [], [row]);
  await tx.done;
}

const pageCall = (n: number): Activity => ({ ...call(n), key: `hubspot:123:activity:page-${n}`, origin: 'page' });

describe('an import marking its packs stale', () => {
  it('marks each pack once in one import, however many batches touch it', async () => {
    const db = await freshDb();
    const counts = await markerPuts(() => importText(db, 'hubspot', '123', cyclingFile(600), { batchSize: 50 }));
    expect(counts.size).toBe(20);
    expect([...counts].filter(([, times]) => times > 1)).toEqual([]);
    expect(await stalePackIds(db)).toEqual(new Set());
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    db.close();
  });

  it('marks a pack again once half its lease is gone', async () => {
    const db = await freshDb();
    const marks = importMarks();
    const start = Date.now();
    await importActivities(db, [call(1)], 'UTC', { marks });
    vi.spyOn(Date, 'now').mockReturnValue(start + LEASE_MS / 2 - 1_000);
    expect((await markerPuts(() => importActivities(db, [call(11)], 'UTC', { marks }))).size).toBe(0);
    vi.spyOn(Date, 'now').mockReturnValue(start + LEASE_MS / 2 + 1_000);
    expect((await markerPuts(() => importActivities(db, [call(21)], 'UTC', { marks }))).size).toBe(1);
    db.close();
  });

  it('keeps its mark when a page write meets the pack between two batches, and its end makes the pack whole', async () => {
    const db = await freshDb();
    const marks = importMarks();
    await importActivities(db, [call(1), call(2)], 'UTC', { marks });
    await pageWrite(db, pageCall(21));
    // Call 11 is on call 1's day: its batch does not mark that pack again.
    await importActivities(db, [call(11)], 'UTC', { marks });
    expect((await stalePackIds(db)).size).toBe(2);
    await rebuildStalePacks(db, undefined, marks.id);
    expect(await stalePackIds(db)).toEqual(new Set());
    const packs = await storedPacks(db);
    expect(packs).toEqual(await expectedPacks(db));
    expect([...packs.values()].flat().map((a) => a.key)).toContain(call(11).key);
    db.close();
  });

  it('lets the next write rebuild a pack whose lease lapsed (a tab closed mid-import)', async () => {
    const db = await freshDb();
    await importActivities(db, [call(1)], 'UTC', { marks: importMarks() });
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + LEASE_MS + 1_000);
    await pageWrite(db, pageCall(11));
    expect(await stalePackIds(db)).toEqual(new Set());
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    db.close();
  });

  it("leaves another running import's marks to that import's end", async () => {
    const db = await freshDb();
    const [running, ending] = [importMarks(), importMarks()];
    await importActivities(db, [call(1)], 'UTC', { marks: running });
    await importActivities(db, [call(2)], 'UTC', { marks: ending });
    await rebuildStalePacks(db, undefined, ending.id);
    expect([...(await stalePackIds(db))]).toEqual([JSON.stringify(['Dana Reyes', '2026-09-02', 'hubspot', '123'])]);
    await rebuildStalePacks(db, undefined, running.id);
    expect(await stalePackIds(db)).toEqual(new Set());
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    db.close();
  });

  it("keeps its mark when a second tab's import writes to the pack between two batches, so a page write there rebuilds nothing the import still writes to", async () => {
    const db = await freshDb();
    const running = importMarks();
    // Calls 1, 11, 21 and 31 are Dana's calls of 2026-09-02: one pack. Sam's call 2 is in the
    // import's first pack, which keeps its mark: the import does not learn of the lost one there.
    await importActivities(db, [call(2), call(1)], 'UTC', { marks: running });
    await importActivities(db, [call(21)], 'UTC', { marks: importMarks() });
    await pageWrite(db, pageCall(31));
    await importActivities(db, [call(11)], 'UTC', { marks: running });
    const stale = await stalePackIds(db);
    expect(stale).toContain(JSON.stringify(['Dana Reyes', '2026-09-02', 'hubspot', '123']));
    await rebuildStalePacks(db, undefined, running.id);
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    db.close();
  });

  it.each([
    ['everything', { kind: 'all' as const }],
    ['the account', { kind: 'account' as const, crm: 'hubspot' as const, tenant: '123' }],
  ])('marks its packs anew after %s was erased mid-import', async (_, scope) => {
    const db = await freshDb();
    const marks = importMarks();
    await importActivities(db, [call(1), call(2)], 'UTC', { marks });
    await eraseScope(db, scope);
    // Call 11 is on call 1's day, whose mark the erase took.
    await importActivities(db, [call(11)], 'UTC', { marks });
    expect([...(await stalePackIds(db))]).toEqual([JSON.stringify(['Dana Reyes', '2026-09-02', 'hubspot', '123'])]);
    await rebuildStalePacks(db, undefined, marks.id);
    const packs = await storedPacks(db);
    expect(packs).toEqual(await expectedPacks(db));
    expect([...packs.values()].flat().map((a) => a.key)).toEqual([call(11).key]);
    db.close();
  });
});
