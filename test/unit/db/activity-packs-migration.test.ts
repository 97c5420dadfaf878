import { describe, expect, it, vi } from 'vitest';
import { readOwnerPacks, unpackActivities } from '../../../lib/db/activity-pack-read';
import { updateActivityPacks } from '../../../lib/db/activity-packs';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import { NO_OWNER } from '../../../lib/schema/activity-pack';
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

describe('database versions 5 and 6: activity packs', () => {
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
    expect(DB_VERSION).toBe(14);
    expect(await db.getAll('contacts')).toEqual(before.contacts);
    expect(await db.getAll('activities')).toEqual(before.activities);
    const packs = await storedPacks(db);
    expect(packs).toEqual(await expectedPacks(db));
    // Two accounts and three owners (the empty one included) over 14 UTC days, and the dated row without an owner.
    expect(packs.size).toBeGreaterThanOrEqual(20);
    expect([...packs.values()].flat()).toHaveLength(31);
    db.close();
  });

  it('upgrades a version 5 database: every row kept, rows without an owner gain their packs, the owners’ packs stay', async () => {
    const name = freshName();
    const v5 = await openTouchlineDb(name, { version: 5 });
    const ownerless = [
      activity(200, { direction: 'inbound', type: 'email', channel: 'email', timestamp: '2026-11-19T16:45:00.000Z' }),
      activity(201, { timestamp: '2026-11-19T23:59:00.000Z' }),
      activity(202, { tenant: '4410983', key: 'hubspot:4410983:activity:202', timestamp: '2026-11-20T00:01:00.000Z' }),
      activity(203, { dateText: 'last spring' }),
    ];
    const tx = v5.transaction(['contacts', 'activities', 'activityPacks'], 'readwrite');
    await tx.objectStore('contacts').put(CONTACT);
    for (const row of [...ROWS, ...ownerless]) await tx.objectStore('activities').put(row);
    // As version 5 kept them: packs of the rows with an owner only.
    await updateActivityPacks(
      tx as never,
      [],
      ROWS.filter((row) => row.owner !== undefined),
    );
    await tx.done;
    const before = {
      contacts: await v5.getAll('contacts'),
      activities: await v5.getAll('activities'),
      packs: await v5.getAll('activityPacks'),
    };
    expect(before.packs.some((pack) => pack.owner === NO_OWNER)).toBe(false);
    v5.close();

    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('contacts')).toEqual(before.contacts);
    expect(await db.getAll('activities')).toEqual(before.activities);
    const packs = await db.getAll('activityPacks');
    expect(packs.filter((pack) => pack.owner !== NO_OWNER)).toEqual(before.packs);
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
    const noOwner = packs.filter((pack) => pack.owner === NO_OWNER).map((p) => [p.day, p.tenant, p.entries.length]);
    expect(noOwner).toEqual([
      ['2026-11-10', TENANT, 1],
      ['2026-11-19', TENANT, 2],
      ['2026-11-20', '4410983', 1],
    ]);
    // The team page's read of them: one key range, no owner's packs in it, the rows as stored.
    const read = await readOwnerPacks(db, NO_OWNER, new Date('2026-11-19T00:00:00Z'), new Date('2026-11-20T15:00:00Z'));
    const rows = read.flatMap((pack) => unpackActivities(pack, '2026-11-19', '2026-11-21', []));
    expect(rows.map((row) => row.key).sort()).toEqual(
      ownerless
        .slice(0, 3)
        .map((row) => row.key)
        .sort(),
    );
    expect(rows.every((row) => !('owner' in row))).toBe(true);
    db.close();
  });

  it('creates the pack store empty in a new database', async () => {
    const db = await openTouchlineDb(freshName());
    expect(await db.getAll('activityPacks')).toEqual([]);
    db.close();
  });
});
