import { afterEach, describe, expect, it, vi } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { readContactData, readDealData } from '../../../lib/db/reads';
import { saveReading } from '../../../lib/db/save-reading';
import {
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  freshDb,
  NOW,
  world,
  ZONE,
} from './world-readings';

const deal = dealWithContacts();
const [leadId = 0, secondId = 0] = deal.contactIds;

/** A cache holding several contacts and deals, as after a morning of browsing the CRM. */
async function browsedCache() {
  const db = await freshDb();
  const others = world.contacts.filter((c) => !deal.contactIds.includes(c.id)).slice(0, 6);
  for (const c of others) await saveReading(db, contactReading(c.id), NOW, ZONE);
  await saveReading(db, contactReading(leadId), NOW, ZONE);
  await saveReading(db, dealReading(deal.id), NOW, ZONE);
  for (const other of world.deals.filter((d) => d.id !== deal.id).slice(0, 3)) {
    await saveReading(db, dealReading(other.id), NOW, ZONE);
  }
  const elsewhere = { ...dealReading(deal.id), tenant: '9900001' };
  await saveReading(db, elsewhere, NOW, ZONE);
  return db;
}

/** Records which object stores were scanned whole and which indexes were used. */
function watchReads() {
  const storeScans = [vi.spyOn(IDBObjectStore.prototype, 'getAll'), vi.spyOn(IDBObjectStore.prototype, 'openCursor')];
  const indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
  return {
    scannedStores: () => storeScans.flatMap((spy) => spy.mock.contexts.map((store) => (store as IDBObjectStore).name)),
    usedIndexes: () => indexReads.mock.contexts.map((index) => (index as IDBIndex).name),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading one record', () => {
  it('reads a contact and its activities through the contact index, including deal touches naming them and logged touches', async () => {
    const db = await browsedCache();
    const logged = await logTouch(db, { recordKey: contactKey(leadId), channel: 'sms' }, NOW);
    const watch = watchReads();

    const data = await readContactData(db, contactKey(leadId));

    expect(watch.scannedStores()).toEqual([]);
    expect(watch.usedIndexes()).toEqual(['byContact']);
    expect(data.contact?.key).toBe(contactKey(leadId));
    const expected = world.activities.filter((a) => a.contactId === leadId && a.duplicateOf === undefined).length + 1;
    expect(data.activities).toHaveLength(expected);
    expect(data.activities).toContainEqual(logged);
    expect(data.activities.every((a) => a.contactKeys.includes(contactKey(leadId)))).toBe(true);
  });

  it("reads a deal with its own and its contacts' activities once each, its stored contacts, and its pipeline's stage summaries", async () => {
    const db = await browsedCache();
    const watch = watchReads();

    const data = await readDealData(db, dealKey(deal.id));

    expect(watch.scannedStores()).toEqual([]);
    expect(new Set(watch.usedIndexes())).toEqual(new Set(['byDeal', 'byContact', 'byPipeline']));
    expect(data.deal?.name).toBe(deal.name);
    const keys = data.activities.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = world.activities.filter(
      (a) => a.duplicateOf === undefined && (a.dealId === deal.id || a.contactId === leadId),
    );
    expect(keys.sort()).toEqual(expected.map((a) => `hubspot:4412345:activity:${a.id}`).sort());
    expect(data.contacts.map((c) => c.key)).toEqual([contactKey(leadId)]);
    expect(data.contacts.some((c) => c.key === contactKey(secondId))).toBe(false);
    const comparable = (await db.getAll('deals')).filter(
      (d) => d.tenant === '4412345' && d.pipeline === data.deal?.pipeline,
    );
    expect(comparable.length).toBeGreaterThan(1);
    const stages = new Set(comparable.flatMap((d) => d.stageHistory.map((e) => e.stage)));
    expect(data.summaries.map((s) => s.stage).sort()).toEqual([...stages].sort());
    for (const summary of data.summaries) {
      expect(summary).toMatchObject({ tenant: '4412345', pipeline: data.deal?.pipeline });
      const entered = comparable.filter((d) => d.stageHistory.some((e) => e.stage === summary.stage)).length;
      expect(summary.entered).toBe(entered);
    }
  });

  it('reports invalid stored rows and still returns every valid one', async () => {
    const db = await browsedCache();
    const before = await readContactData(db, contactKey(leadId));
    await db.put('activities', {
      key: 'hubspot:4412345:activity:half-written',
      contactKeys: [contactKey(leadId)],
      dealKeys: [],
      type: 'call',
      timestamp: 'yesterday',
    } as never);

    const after = await readContactData(db, contactKey(leadId));

    expect(after.activities).toEqual(before.activities);
    expect(after.invalid).toEqual([
      expect.objectContaining({ store: 'activities', key: 'hubspot:4412345:activity:half-written' }),
    ]);
  });

  it('returns nothing, without failing, for a record Touchline has not read', async () => {
    const db = await browsedCache();
    expect(await readContactData(db, contactKey(123456))).toEqual({ contact: undefined, activities: [], invalid: [] });
    expect(await readDealData(db, dealKey(123456))).toMatchObject({ deal: undefined, activities: [] });
  });
});
