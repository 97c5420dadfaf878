import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openTouchlineDb } from '../../../lib/db/open';
import { activityFromReading, mergeActivity } from '../../../lib/db/page-activities';
import { contactFromReading, dealFromReading } from '../../../lib/db/page-records';
import { readActivitiesByOwner } from '../../../lib/db/reads';
import { DB_VERSION } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import {
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  dump,
  freshName,
  NOW,
  repName,
  ZONE,
} from './world-readings';

/** What version 1 wrote: no channel on touches, page timestamps kept with the page's offset. */
function asVersion1(activity: Activity): Activity {
  const { channel: _channel, ...rest } = activity;
  if (!rest.timestamp) return rest;
  const pacific = new Date(Date.parse(rest.timestamp) - 8 * 3_600_000).toISOString().slice(0, 23);
  return { ...rest, timestamp: `${pacific}-08:00` };
}

async function version1Database() {
  const name = freshName();
  const v1 = await openTouchlineDb(name, { version: 1 });
  const deal = dealWithContacts();
  const contacts = deal.contactIds.map((id) => contactReading(id));
  const dealPage = dealReading(deal.id, { showHistory: true });
  const byKey = new Map<string, Activity>();
  for (const a of [
    ...contacts.flatMap((r) => r.activities.map((item) => activityFromReading(r, contactKey(r.recordId), item, ZONE))),
    ...dealPage.activities.map((item) => activityFromReading(dealPage, dealKey(deal.id), item, ZONE)),
  ]) {
    byKey.set(a.key, mergeActivity(byKey.get(a.key), a));
  }
  const activities = [...byKey.values()];
  const logged: Activity = {
    key: `touchline:${contactKey(deal.contactIds[0] ?? 0)}:2026-11-18T17:05:00.000Z:3f1c`,
    crm: 'hubspot',
    tenant: dealPage.tenant,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: '2026-11-18T17:05:00.000Z',
    title: 'Call logged in Touchline',
    automated: false,
    contactKeys: [contactKey(deal.contactIds[0] ?? 0)],
    dealKeys: [],
    origin: 'logged-in-touchline',
  };
  const tx = v1.transaction(['contacts', 'deals', 'activities'], 'readwrite');
  for (const r of contacts)
    await tx.objectStore('contacts').put(contactFromReading(r, contactKey(r.recordId), undefined, NOW));
  await tx.objectStore('deals').put(dealFromReading(dealPage, dealKey(deal.id), undefined, NOW));
  for (const a of [...activities.map(asVersion1), logged]) await tx.objectStore('activities').put(a);
  await tx.objectStore('activities').put({ key: 'hubspot:4412345:activity:broken', type: 'call' } as never);
  await tx.done;
  const before = await dump(v1);
  v1.close();
  return { name, before, activities, logged, deal };
}

describe('upgrading the database', () => {
  it('takes a version 1 database full of real data to the current version, losing nothing', async () => {
    const { name, before, activities, logged } = await version1Database();
    const onInvalid = vi.fn();

    const db = await openTouchlineDb(name, { onInvalid });

    expect(db.version).toBe(DB_VERSION);
    expect(before.activities.filter((a) => a.type === 'call' && !a.channel).length).toBeGreaterThan(0);
    const after = await dump(db);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.deals).toEqual(before.deals);
    expect(after.activities.map((a) => a.key)).toEqual(before.activities.map((a) => a.key));
    for (const original of activities) {
      expect(after.activities.find((a) => a.key === original.key)).toEqual(original);
    }
    expect(await db.getAllFromIndex('activities', 'byOrigin', 'logged-in-touchline')).toEqual([logged]);
  });

  it('reports a row that fails validation and keeps it as it was', async () => {
    const { name } = await version1Database();
    const onInvalid = vi.fn();

    const db = await openTouchlineDb(name, { onInvalid });

    expect(onInvalid).toHaveBeenCalledWith([
      expect.objectContaining({ store: 'activities', key: 'hubspot:4412345:activity:broken' }),
    ]);
    expect(await db.get('activities', 'hubspot:4412345:activity:broken')).toEqual({
      key: 'hubspot:4412345:activity:broken',
      type: 'call',
    });
  });

  it("orders the upgraded timestamps so one rep's activities can be read by time range", async () => {
    const { name, deal, activities: stored } = await version1Database();
    const db = await openTouchlineDb(name, { onInvalid: () => undefined });
    const owner = repName(deal.ownerId);
    const from = new Date('2026-10-21T15:00:00.000Z');

    const { activities } = await readActivitiesByOwner(db, owner, from, NOW);

    const inRange = (a: Activity) =>
      a.owner === owner &&
      a.timestamp !== undefined &&
      a.timestamp >= from.toISOString() &&
      a.timestamp < NOW.toISOString();
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.map((a) => a.key).sort()).toEqual(
      stored
        .filter(inRange)
        .map((a) => a.key)
        .sort(),
    );
  });

  it('runs no migration on a database already at the current version', async () => {
    const { name } = await version1Database();
    (await openTouchlineDb(name, { onInvalid: () => undefined })).close();
    const onInvalid = vi.fn();

    await openTouchlineDb(name, { onInvalid });

    expect(onInvalid).not.toHaveBeenCalled();
  });

  it('explains, instead of failing silently, when the data was saved by a newer Touchline', async () => {
    const name = freshName();
    (await openDB(name, DB_VERSION + 1)).close();

    await expect(openTouchlineDb(name)).rejects.toMatchObject({
      kind: 'storage',
      message: expect.stringContaining('newer version of Touchline'),
    });
  });
});
