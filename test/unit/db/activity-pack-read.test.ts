import { describe, expect, it } from 'vitest';
import { encodeEntry } from '../../../lib/db/activity-pack-codec';
import { unpackActivities } from '../../../lib/db/activity-pack-read';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import type { InvalidRow } from '../../../lib/db/rows';
import type { Activity } from '../../../lib/schema/activity';
import { expectedPacks, storedPacks } from './pack-oracle';
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
const PACK = { owner: 'Ana Ruiz', week: '2026-11-16', crm: 'hubspot', tenant: '4410982' };
const FIRST = call(1, '2026-11-16T09:00:00.000Z');
const SECOND = call(2, '2026-11-17T09:00:00.000Z');
const WEEK = ['2026-11-16T00:00:00.000Z', '2026-11-22T23:59:59.999Z'] as const;

describe('reading a pack', () => {
  it('gives back the stored rows of the time range, and only those', () => {
    const pack = { ...PACK, entries: [encodeEntry(FIRST), encodeEntry(SECOND)] };
    expect(unpackActivities(pack, ...WEEK, [])).toEqual([FIRST, SECOND]);
    expect(unpackActivities(pack, '2026-11-17T00:00:00.000Z', WEEK[1], [])).toEqual([SECOND]);
  });

  it('reports a damaged entry as an invalid row and keeps the others', () => {
    const invalid: InvalidRow[] = [];
    const damaged = [...encodeEntry(SECOND)];
    damaged[1] = 'telegram';
    const pack = { ...PACK, entries: [encodeEntry(FIRST), damaged] };
    expect(unpackActivities(pack, ...WEEK, invalid)).toEqual([FIRST]);
    expect(invalid).toEqual([
      expect.objectContaining({ store: 'activityPacks', key: expect.stringContaining(SECOND.key) }),
    ]);
  });

  it('reports a damaged pack as an invalid row, never throws', () => {
    const invalid: InvalidRow[] = [];
    expect(unpackActivities({ ...PACK, entries: 'soon' }, ...WEEK, invalid)).toEqual([]);
    expect(unpackActivities(null, ...WEEK, invalid)).toEqual([]);
    expect(invalid.map((row) => row.store)).toEqual(['activityPacks', 'activityPacks']);
  });
});

describe('writing onto a damaged pack', () => {
  it('rebuilds it from the rows', async () => {
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
});
