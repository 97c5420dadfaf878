import { describe, expect, it } from 'vitest';
import { updateActivityPacks } from '../../../lib/db/activity-packs';
import type { TouchlineDb } from '../../../lib/db/schema';
import { applyYourNames } from '../../../lib/db/your-touches';
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

const mine = [
  row('logged-1', { origin: 'logged-in-touchline' }),
  row('you-called', { byViewer: true }),
  // Given the name before (from a page read or a backup), under a name the settings no longer hold.
  row('you-old-name', { byViewer: true, owner: 'Alex', ownerBySetting: true }),
  // A page copy that took the name from the logged touch merged into it.
  row('page-copy', { owner: 'Alex', ownerBySetting: true }),
  // More than one batch of the store, so the scan goes on where the last batch stopped.
  ...Array.from({ length: 1200 }, (_, i) => row(`you-${String(i).padStart(4, '0')}`, { byViewer: true })),
];
const others = [
  row('casey-called', { owner: 'Casey Nguyen' }),
  row('unowned-page', {}),
  // A CSV row named its owner and filled in the page's "You" row: a name the CRM gave, not the setting.
  row('you-by-csv', { byViewer: true, owner: 'Dana Reyes' }),
  row('logged-named-elsewhere', { origin: 'logged-in-touchline', owner: 'Someone Else' }),
];
const hubspotLogged = row('hubspot-logged', {
  crm: 'hubspot',
  tenant: TENANT,
  origin: 'logged-in-touchline',
  contactKeys: [contactKey(1)],
});

describe("giving the user's touches their name in each CRM", () => {
  it('gives every logged and "You" touch of that CRM the name, and nothing else', async () => {
    const db = await cacheOf([...mine, ...others, hubspotLogged]);
    const before = await owners(db);

    const changed = await applyYourNames(db, { yourNames: { salesforce: 'Alex Morgan' } });

    const after = await owners(db);
    expect(changed).toBe(mine.length);
    for (const r of mine) expect(after[r.key]).toBe('Alex Morgan');
    for (const r of [...others, hubspotLogged]) expect(after[r.key]).toBe(before[r.key]);
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
  });

  it('changes nothing when run again (an interrupted run is finished by running it again)', async () => {
    const db = await cacheOf([...mine, ...others]);
    await applyYourNames(db, { yourNames: { salesforce: 'Alex Morgan' } });
    const first = await db.getAll('activities');

    expect(await applyYourNames(db, { yourNames: { salesforce: 'Alex Morgan' } })).toBe(0);
    expect(await db.getAll('activities')).toEqual(first);
  });

  it('moves them to a new name, and off any name when the setting is cleared', async () => {
    const db = await cacheOf([...mine, ...others]);
    await applyYourNames(db, { yourNames: { salesforce: 'Alex' } });
    await applyYourNames(db, { yourNames: { salesforce: 'Alex Morgan' } });
    expect((await owners(db))['you-called']).toBe('Alex Morgan');

    await applyYourNames(db, { yourNames: { salesforce: '  ' } });
    const cleared = await owners(db);
    for (const r of mine) expect(cleared[r.key]).toBeNull();
    expect(cleared['you-by-csv']).toBe('Dana Reyes');
    expect(cleared['casey-called']).toBe('Casey Nguyen');
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
  });
});
