import { describe, expect, it } from 'vitest';
import { encodeEntry } from '../../../lib/db/activity-pack-codec';
import { readOwnerPacks, unpackActivities } from '../../../lib/db/activity-pack-read';
import { rebuildStalePacks } from '../../../lib/db/activity-pack-stale';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import { importActivities } from '../../../lib/db/import-activities';
import type { InvalidRow } from '../../../lib/db/rows';
import type { Activity } from '../../../lib/schema/activity';
import { expectedPacks, stalePackIds, storedPacks } from './pack-oracle';
import { freshDb } from './world-readings';

const call = (n: number, timestamp: string): Activity => ({
  key: `hubspot:4410982:activity:${n}`,
  crm: 'hubspot',
  tenant: '4410982',
  owner: 'Ana Ruiz',
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp,
  title: `Call ${n}`,
  automated: false,
  contactKeys: ['hubspot:4410982:contact:1'],
  dealKeys: [],
  origin: 'page',
});
const PACK = { owner: 'Ana Ruiz', day: '2026-11-16', crm: 'hubspot', tenant: '4410982' } as const;
const FIRST = call(1, '2026-11-16T09:00:00.000Z');
const SECOND = call(2, '2026-11-16T15:00:00.000Z');
const DAY = ['2026-11-16T00:00:00.000Z', '2026-11-16T23:59:59.999Z'] as const;

describe('reading a pack', () => {
  it('gives back the stored rows of the time range, and only those', () => {
    const pack = { ...PACK, entries: [encodeEntry(FIRST), encodeEntry(SECOND)] };
    expect(unpackActivities(pack, ...DAY, [])).toEqual([FIRST, SECOND]);
    expect(unpackActivities(pack, '2026-11-16T12:00:00.000Z', DAY[1], [])).toEqual([SECOND]);
  });

  it('reports a damaged entry as an invalid row and keeps the others', () => {
    const invalid: InvalidRow[] = [];
    const damaged = [...encodeEntry(SECOND)];
    damaged[1] = 'telegram';
    const pack = { ...PACK, entries: [encodeEntry(FIRST), damaged] };
    expect(unpackActivities(pack, ...DAY, invalid)).toEqual([FIRST]);
    expect(invalid).toEqual([
      expect.objectContaining({ store: 'activityPacks', key: expect.stringContaining(SECOND.key) }),
    ]);
  });

  it('reports a damaged pack as an invalid row, never throws', () => {
    const invalid: InvalidRow[] = [];
    expect(unpackActivities({ ...PACK, entries: 'soon' }, ...DAY, invalid)).toEqual([]);
    expect(unpackActivities(null, ...DAY, invalid)).toEqual([]);
    expect(invalid.map((row) => row.store)).toEqual(['activityPacks', 'activityPacks']);
  });
});

describe('writing onto a damaged or stale pack', () => {
  it('rebuilds a damaged one from the rows', async () => {
    const db = await freshDb();
    await db.put('activities', FIRST);
    await db.put('activityPacks', { ...PACK, entries: 'soon' } as never);
    const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
    await tx.objectStore('activities').put(SECOND);
    await updateActivityPacks(tx, [], [SECOND]);
    await tx.done;
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    expect([...(await storedPacks(db)).values()].flat()).toEqual([FIRST, SECOND]);
    db.close();
  });

  it('rebuilds a stale one from the rows', async () => {
    const db = await freshDb();
    await importActivities(db, [FIRST], 'UTC');
    const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
    await tx.objectStore('activities').put(SECOND);
    await updateActivityPacks(tx, [], [SECOND]);
    await tx.done;
    expect(await stalePackIds(db)).toEqual(new Set());
    // The rows as stored: the import gave FIRST its first sighting, which the pack carries too.
    const stored = await db.getAll('activities');
    expect(stored.map((row) => row.key)).toEqual([FIRST.key, SECOND.key]);
    expect([...(await storedPacks(db)).values()].flat()).toEqual(stored);
    db.close();
  });
});

describe('a bulk import', () => {
  const IN_DAY = ['2026-11-16T00:00:00.000Z', '2026-11-16T23:59:59.999Z'].map((t) => new Date(t)) as [Date, Date];

  it('marks the packs it touches stale (no entries), and a read meanwhile gives the rows', async () => {
    const db = await freshDb();
    await importActivities(db, [FIRST, SECOND, call(3, '2026-11-18T08:00:00.000Z')], 'UTC');
    const raw = await db.getAll('activityPacks');
    expect(raw.map((pack) => [pack.day, pack.stale, pack.entries.length])).toEqual([
      ['2026-11-16', 1, 0],
      ['2026-11-18', 1, 0],
    ]);
    const read = await readOwnerPacks(db, 'Ana Ruiz', ...IN_DAY);
    const stored = [await db.get('activities', FIRST.key), await db.get('activities', SECOND.key)];
    expect(stored.map((row) => row?.firstSeenAt)).not.toContain(undefined);
    expect(read.flatMap((pack) => unpackActivities(pack, ...DAY, []))).toEqual(stored);
    db.close();
  });

  it('leaves packs that rebuildStalePacks makes whole, a bounded number per transaction, telling its progress', async () => {
    const db = await freshDb();
    // 100 days: more packs than one rebuild transaction takes.
    const rows = Array.from({ length: 100 }, (_, n) => call(n, new Date(Date.UTC(2026, 7, 1 + n, 9)).toISOString()));
    await importActivities(db, rows, 'UTC');
    expect((await stalePackIds(db)).size).toBe(100);
    const steps: [number, number][] = [];
    await rebuildStalePacks(db, (done, total) => steps.push([done, total]));
    expect(await stalePackIds(db)).toEqual(new Set());
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)).toEqual([100, 100]);
    expect(steps.every(([done], i) => i === 0 || done > (steps[i - 1] as [number, number])[0])).toBe(true);
    db.close();
  });
});
