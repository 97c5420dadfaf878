import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import {
  activityKeyOf,
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  dump,
  freshDb,
  NOW,
  workedContact,
  world,
  ZONE,
} from './world-readings';

const later = new Date(NOW.getTime() + 3_600_000);

describe('saveReading', () => {
  it('stores a contact page as the contact and its timeline as activities with that contact', async () => {
    const db = await freshDb();
    const id = workedContact();
    const reading = contactReading(id);
    const summary = await saveReading(db, reading, NOW, ZONE);

    expect(summary).toMatchObject({ recordKey: contactKey(id), added: reading.activities.length, updated: 0 });
    const contact = await db.get('contacts', contactKey(id));
    expect(contact).toMatchObject({
      name: reading.record.name,
      email: reading.record.email,
      lastReadAt: NOW.toISOString(),
    });
    const activities = await db.getAll('activities');
    expect(activities.map((a) => a.key).sort()).toEqual(
      reading.activities.map((a) => activityKeyOf(a.sourceId ?? '')).sort(),
    );
    for (const a of activities)
      expect(a).toMatchObject({ contactKeys: [contactKey(id)], dealKeys: [], origin: 'page' });
  });

  it('changes nothing when the same reading is saved twice', async () => {
    const db = await freshDb();
    const reading = contactReading(workedContact());
    await saveReading(db, reading, NOW, ZONE);
    const before = await dump(db);

    const again = await saveReading(db, reading, NOW, ZONE);

    expect(again).toMatchObject({ added: 0, updated: 0, mergedLogged: [] });
    expect(await dump(db)).toEqual(before);
  });

  it('loses nothing when two overlapping readings are saved at the same time', async () => {
    const db = await freshDb();
    const id = workedContact();
    const all = contactReading(id).activities;
    const third = Math.floor(all.length / 3);
    const older = contactReading(id, (items) => items.slice(0, 2 * third));
    const newer = contactReading(id, (items) => items.slice(third));

    await Promise.all([saveReading(db, older, NOW, ZONE), saveReading(db, newer, later, ZONE)]);

    expect(await db.count('activities')).toBe(all.length);
    expect((await db.get('contacts', contactKey(id)))?.lastReadAt).toBe(later.toISOString());
  });

  it('keeps items a later, shorter page no longer shows, and updates the record fields', async () => {
    const db = await freshDb();
    const id = workedContact();
    const full = contactReading(id);
    await saveReading(db, full, NOW, ZONE);
    const firstPage = contactReading(id, (items) => items.slice(-3));
    firstPage.record.phone = '+1 415 555 0199';

    await saveReading(db, firstPage, later, ZONE);

    expect(await db.count('activities')).toBe(full.activities.length);
    expect(await db.get('contacts', contactKey(id))).toMatchObject({
      phone: '+1 415 555 0199',
      email: full.record.email,
      lastReadAt: later.toISOString(),
    });
  });

  it('counts a call that was scheduled when first seen once a later reading shows it done', async () => {
    const db = await freshDb();
    const id = workedContact();
    const scheduled = contactReading(id);
    const call = scheduled.activities.find((a) => a.type === 'call' && a.sourceId);
    if (!call) throw new Error('the worked contact has no call');
    call.planned = true;
    await saveReading(db, scheduled, NOW, ZONE);
    expect(await db.get('activities', activityKeyOf(call.sourceId ?? ''))).toMatchObject({ planned: true });

    await saveReading(db, contactReading(id), later, ZONE);

    expect((await db.get('activities', activityKeyOf(call.sourceId ?? '')))?.planned).toBeUndefined();
  });

  it('keeps the done mark a later reading shows: a closed task dated by a due day still ahead happened', async () => {
    const db = await freshDb();
    const id = workedContact();
    const scheduled = contactReading(id);
    const call = scheduled.activities.find((a) => a.type === 'call' && a.sourceId);
    if (!call) throw new Error('the worked contact has no call');
    const stored = async () => (await db.get('activities', activityKeyOf(call.sourceId ?? '')))?.planned;
    call.planned = true;
    await saveReading(db, scheduled, NOW, ZONE);

    const done = contactReading(id);
    const doneCall = done.activities.find((a) => a.sourceId === call.sourceId);
    if (doneCall) doneCall.planned = false;
    await saveReading(db, done, later, ZONE);
    expect(await stored()).toBe(false);

    await saveReading(db, contactReading(id), new Date(later.getTime() + 3_600_000), ZONE);
    expect(await stored()).toBeUndefined();
  });

  it('reopens a deal whose page shows a stage and no longer says closed', async () => {
    const db = await freshDb();
    const { id } = dealWithContacts();
    const lost = dealReading(id);
    lost.record.closed = 'lost';
    await saveReading(db, lost, NOW, ZONE);

    await saveReading(db, dealReading(id), later, ZONE);

    expect((await db.get('deals', dealKey(id)))?.closed).toBeUndefined();
  });

  it('does not roll record fields back when an older reading is saved after a newer one', async () => {
    const db = await freshDb();
    const id = workedContact();
    const newer = contactReading(id);
    newer.record.company = 'Contoso Freight International';
    await saveReading(db, newer, later, ZONE);

    await saveReading(db, contactReading(id), NOW, ZONE);

    expect(await db.get('contacts', contactKey(id))).toMatchObject({
      company: 'Contoso Freight International',
      lastReadAt: later.toISOString(),
    });
  });

  it('keeps a stored field the page could not read', async () => {
    const db = await freshDb();
    const id = workedContact();
    await saveReading(db, contactReading(id), NOW, ZONE);
    const partial = contactReading(id);
    partial.record.email = '';
    partial.notRead = [{ field: 'email', reason: 'email field hidden by the layout' }];

    await saveReading(db, partial, later, ZONE);

    expect((await db.get('contacts', contactKey(id)))?.email).toBe(contactReading(id).record.email);
  });

  it('stores a deal page touch against the deal, with a contact only where the item names one', async () => {
    const db = await freshDb();
    const deal = dealWithContacts();
    await saveReading(db, dealReading(deal.id), NOW, ZONE);

    const activities = await db.getAll('activities');
    expect(activities.length).toBeGreaterThan(5);
    for (const a of activities) {
      const demo = world.activities.find((d) => activityKeyOf(d.id) === a.key);
      const named = demo?.contactId !== undefined && (a.type === 'call' || a.type === 'meeting');
      expect(a.dealKeys).toEqual([dealKey(deal.id)]);
      expect(a.contactKeys).toEqual(named ? [contactKey(demo?.contactId ?? 0)] : []);
    }
  });

  it('gives a touch seen on a contact page and on a deal page both keys, whichever is saved first', async () => {
    const deal = dealWithContacts();
    const shared = world.activities.find(
      (a) => a.dealId === deal.id && a.contactId !== undefined && a.type === 'email',
    );
    if (!shared?.contactId) throw new Error('demo deal has no email with a contact');
    for (const order of [0, 1]) {
      const db = await freshDb();
      const readings = [contactReading(shared.contactId), dealReading(deal.id)];
      if (order) readings.reverse();
      await Promise.all(readings.map((r) => saveReading(db, r, NOW, ZONE)));

      expect(await db.get('activities', activityKeyOf(shared.id))).toMatchObject({
        contactKeys: [contactKey(shared.contactId)],
        dealKeys: [dealKey(deal.id)],
      });
    }
  });

  it('reports a stored row that fails validation and replaces it with the page copy', async () => {
    const db = await freshDb();
    const reading = contactReading(workedContact());
    const damagedKey = activityKeyOf(reading.activities[0]?.sourceId ?? '');
    await db.put('activities', { key: damagedKey, type: 'fax' } as never);

    const summary = await saveReading(db, reading, NOW, ZONE);

    expect(summary.invalid).toEqual([expect.objectContaining({ store: 'activities', key: damagedKey })]);
    expect(await db.get('activities', damagedKey)).toMatchObject({ origin: 'page', contactKeys: [expect.any(String)] });
    expect(await db.count('activities')).toBe(reading.activities.length);
  });

  it('keeps every item ever shown, once, whatever pages arrive in whatever order', async () => {
    const id = workedContact();
    const total = contactReading(id).activities.length;
    const slice = fc.tuple(fc.nat(total), fc.nat(total)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    await fc.assert(
      fc.asyncProperty(fc.array(slice, { minLength: 1, maxLength: 4 }), async (slices) => {
        const db = await freshDb();
        await Promise.all(
          slices.map(([from, to], i) =>
            saveReading(
              db,
              contactReading(id, (items) => items.slice(from, to)),
              new Date(NOW.getTime() + i),
              ZONE,
            ),
          ),
        );
        const shown = new Set(
          slices.flatMap(([from, to]) =>
            contactReading(id, (items) => items.slice(from, to)).activities.map((a) => a.sourceId),
          ),
        );
        expect(await db.count('activities')).toBe(shown.size);
        db.close();
      }),
      { numRuns: 30 },
    );
  });
});
