import { describe, expect, it, vi } from 'vitest';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';
import { expectedPacks, storedPacks } from './pack-oracle';
import { freshName } from './world-readings';

const TENANT = '4410982';

function activity(n: number, fields: Partial<Activity>): Activity {
  return {
    key: `hubspot:${TENANT}:activity:${n}`,
    crm: 'hubspot',
    tenant: TENANT,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    title: `Call ${n}`,
    automated: false,
    contactKeys: [`hubspot:${TENANT}:contact:1`],
    dealKeys: [],
    origin: 'page',
    ...fields,
  };
}

/** Three reps over days either side of midnight UTC and of Mondays, two accounts, undated and ownerless rows, one damaged row. */
const ROWS: Activity[] = [
  ...Array.from({ length: 30 }, (_, n) =>
    activity(n, {
      owner: ['Ana Ruiz', 'Ben Okafor', ''][n % 3],
      // Every 17 hours from Sunday 2026-11-01: Sundays and Mondays on both sides of midnight UTC.
      timestamp: new Date(Date.UTC(2026, 10, 1, 20) + n * 17 * 3_600_000).toISOString(),
      ...(n % 4 === 0 ? { tenant: '4410983', key: `hubspot:4410983:activity:${n}`, outcome: 'connected' } : {}),
      ...(n % 5 === 0 ? { note: 'left a message', sourceId: String(n), contactIds: ['1'] } : {}),
    }),
  ),
  activity(100, { owner: 'Ana Ruiz', dateText: 'last spring' }),
  activity(101, { timestamp: '2026-11-10T09:00:00.000Z' }),
];

const CONTACT: Contact = {
  key: `hubspot:${TENANT}:contact:1`,
  kind: 'contact',
  crm: 'hubspot',
  tenant: TENANT,
  recordId: '1',
  lastReadAt: '2026-11-20T15:00:00.000Z',
  crmFigures: {},
  name: 'Ada Lovelace',
};

describe('database version 5: activity packs', () => {
  it('upgrades a version 4 database with rows: every row of every store kept, packs built from every valid activity', async () => {
    const name = freshName();
    const v4 = await openTouchlineDb(name, { version: 4 });
    const tx = v4.transaction(['contacts', 'activities'], 'readwrite');
    await tx.objectStore('contacts').put(CONTACT);
    for (const row of ROWS) await tx.objectStore('activities').put(row);
    const damaged = {
      key: `hubspot:${TENANT}:activity:broken`,
      owner: 'Ana Ruiz',
      timestamp: '2026-11-10T09:00:00.000Z',
    };
    await tx.objectStore('activities').put(damaged as never);
    await tx.done;
    const before = { contacts: await v4.getAll('contacts'), activities: await v4.getAll('activities') };
    v4.close();

    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect(await db.getAll('contacts')).toEqual(before.contacts);
    expect(await db.getAll('activities')).toEqual(before.activities);
    const packs = await storedPacks(db);
    expect(packs).toEqual(await expectedPacks(db));
    // Two accounts and three owners (the empty one included) over 14 UTC days.
    expect(packs.size).toBeGreaterThanOrEqual(20);
    expect([...packs.values()].flat()).toHaveLength(30);
    db.close();
  });

  it('creates the pack store empty in a new database', async () => {
    const db = await openTouchlineDb(freshName());
    expect(await db.getAll('activityPacks')).toEqual([]);
    db.close();
  });
});
