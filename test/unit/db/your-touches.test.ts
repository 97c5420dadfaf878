import { describe, expect, it } from 'vitest';
import { updateActivityPacks } from '../../../lib/db/activity-packs';
import type { TouchlineDb } from '../../../lib/db/schema';
import { moveYourTouches } from '../../../lib/db/your-touches';
import type { Activity } from '../../../lib/schema/activity';
import { expectedPacks, storedPacks } from './pack-oracle';
import { contactKey, freshDb, NOW, TENANT } from './world-readings';

const SF = 'acme.lightning.force.com';

function row(key: string, extra: Partial<Activity>): Activity {
  return {
    key,
    crm: 'salesforce',
    tenant: SF,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: new Date(NOW.getTime() - (key.length % 9) * 86_400_000).toISOString(),
    title: key,
    automated: false,
    contactKeys: [`salesforce:${SF}:contact:003000000000001AAA`],
    dealKeys: [],
    origin: 'page',
    ...extra,
  };
}

/** Rows written with their packs, as every writer keeps them. */
async function cacheOf(rows: Activity[]): Promise<TouchlineDb> {
  const db = await freshDb();
  const tx = db.transaction(['activities', 'activityPacks'], 'readwrite');
  for (const r of rows) void tx.objectStore('activities').put(r);
  await updateActivityPacks(tx, [], rows);
  await tx.done;
  return db;
}

const owners = async (db: TouchlineDb) =>
  Object.fromEntries((await db.getAll('activities')).map((r) => [r.key, r.owner ?? null]));

describe("moving the user's touches to their name in a CRM", () => {
  const mine = [
    row('logged-1', { origin: 'logged-in-touchline' }),
    row('you-called', { byViewer: true }),
    // More than one batch of the store, so the scan goes on where the last batch stopped.
    ...Array.from({ length: 1200 }, (_, i) => row(`you-${String(i).padStart(4, '0')}`, { byViewer: true })),
  ];
  const others = [
    row('casey-called', { owner: 'Casey Nguyen' }),
    row('unowned-page', {}),
    row('hubspot-logged', {
      crm: 'hubspot',
      tenant: TENANT,
      origin: 'logged-in-touchline',
      contactKeys: [contactKey(1)],
    }),
    // A CSV row named its owner and merged into the page's "You" row: that owner is not the setting's.
    row('you-by-csv', { byViewer: true, owner: 'Dana Reyes' }),
  ];

  it('gives every logged and "You" touch of that CRM the new name, and nothing else', async () => {
    const db = await cacheOf([...mine, ...others]);
    const before = await owners(db);

    const moved = await moveYourTouches(db, { crm: 'salesforce', from: undefined, to: 'Alex Morgan' });

    const after = await owners(db);
    expect(moved).toBe(mine.length);
    for (const r of mine) expect(after[r.key]).toBe('Alex Morgan');
    for (const r of others) expect(after[r.key]).toBe(before[r.key]);
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
  });

  it('moves them from an old name to a new one, and off any name when the setting is cleared', async () => {
    const db = await cacheOf([...mine, ...others]);
    await moveYourTouches(db, { crm: 'salesforce', from: undefined, to: 'Alex' });

    await moveYourTouches(db, { crm: 'salesforce', from: 'Alex', to: 'Alex Morgan' });
    expect((await owners(db))['you-called']).toBe('Alex Morgan');

    await moveYourTouches(db, { crm: 'salesforce', from: 'Alex Morgan', to: undefined });
    const cleared = await owners(db);
    for (const r of mine) expect(cleared[r.key]).toBeNull();
    expect(cleared['you-by-csv']).toBe('Dana Reyes');
    expect(cleared['casey-called']).toBe('Casey Nguyen');
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
  });

  it('leaves touches whose name is not the one being replaced', async () => {
    const db = await cacheOf([row('logged-1', { origin: 'logged-in-touchline', owner: 'Someone Else' })]);

    expect(await moveYourTouches(db, { crm: 'salesforce', from: 'Alex', to: 'Alex Morgan' })).toBe(0);
    expect((await owners(db))['logged-1']).toBe('Someone Else');
  });
});
