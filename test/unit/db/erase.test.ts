import { describe, expect, it } from 'vitest';
import { countScope, eraseScope } from '../../../lib/db/erase';
import { storedAccounts } from '../../../lib/db/erase-scopes';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { workedCache } from '../backup/backup-world';
import {
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  NOW,
  TENANT,
  ZONE,
} from './world-readings';

const DEAL = dealWithContacts();
const ON_DEAL = DEAL.contactIds[0] ?? 0;
const OTHER_TENANT = '9900001';

/** Every stored row as text: "nothing left behind" means the key appears nowhere. */
async function everything(db: TouchlineDb): Promise<string> {
  const stores = [...db.objectStoreNames];
  return JSON.stringify(await Promise.all(stores.map((store) => db.getAll(store))));
}

/** The worked cache, a contact of its deal read from its own page, and a second HubSpot portal. */
async function twoAccounts(): Promise<TouchlineDb> {
  const db = await workedCache();
  await saveReading(db, contactReading(ON_DEAL), NOW, ZONE);
  await logTouch(db, { recordKey: contactKey(ON_DEAL), channel: 'email' }, NOW);
  await saveReading(db, { ...contactReading(ON_DEAL), tenant: OTHER_TENANT }, NOW, ZONE);
  await saveReading(db, { ...dealReading(DEAL.id), tenant: OTHER_TENANT }, NOW, ZONE);
  return db;
}

describe('erase everything', () => {
  it('empties every store, the per-stage summaries included, and says how much went', async () => {
    const db = await twoAccounts();
    const all = await db.getAll('activities');
    const logged = all.filter((a) => a.origin === 'logged-in-touchline').length;
    expect(await db.count('stageSummaries')).toBeGreaterThan(0);

    const expected = { contacts: await db.count('contacts'), deals: 2, activities: all.length - logged, logged };
    expect(await countScope(db, { kind: 'all' })).toEqual(expected);
    expect(await eraseScope(db, { kind: 'all' })).toEqual(expected);

    for (const store of db.objectStoreNames) expect(await db.count(store)).toBe(0);
  });
});

describe('erase one CRM account', () => {
  it('removes that portal entirely and leaves the other one as it was', async () => {
    const db = await twoAccounts();
    const accounts = await storedAccounts(db);
    expect(accounts.map((a) => a.tenant).sort()).toEqual(['4412345', OTHER_TENANT].sort());
    const other = accounts.find((a) => a.tenant === OTHER_TENANT);
    const otherRows = (await db.getAll('activities')).filter((a) => a.tenant === OTHER_TENANT);
    const planned = await countScope(db, { kind: 'account', crm: 'hubspot', tenant: '4412345' });

    const erased = await eraseScope(db, { kind: 'account', crm: 'hubspot', tenant: '4412345' });

    expect(erased).toEqual(planned);
    expect(erased.logged).toBe(3);
    expect(await everything(db)).not.toContain(':4412345:');
    expect(await storedAccounts(db)).toEqual([other]);
    expect(await db.getAll('activities')).toEqual(otherRows);
    expect(await db.count('stageSummaries')).toBeGreaterThan(0);
  });
});

describe('erase one record', () => {
  it('removes a contact, its own activities and logged touches, and its key from what it shared with the deal', async () => {
    const db = await twoAccounts();
    const key = contactKey(ON_DEAL);
    const shared = (await db.getAll('activities')).filter(
      (a) => a.contactKeys.includes(key) && a.dealKeys.includes(dealKey(DEAL.id)),
    );
    expect(shared.length).toBeGreaterThan(0);
    const dealBefore = await db.get('deals', dealKey(DEAL.id));
    const planned = await countScope(db, { kind: 'record', recordKey: key });

    const erased = await eraseScope(db, { kind: 'record', recordKey: key });

    expect(erased).toEqual(planned);
    expect(erased).toMatchObject({ contacts: 1, deals: 0, logged: 1 });
    expect(await everything(db)).not.toContain(`"${key}"`);
    for (const row of shared) expect((await db.get('activities', row.key))?.dealKeys).toEqual([dealKey(DEAL.id)]);
    expect(await db.get('deals', dealKey(DEAL.id))).toEqual(dealBefore);
    expect(await db.get('contacts', contactKey(ON_DEAL).replace('4412345', OTHER_TENANT))).toBeDefined();
  });

  it('removes a deal and its share of the per-stage summaries', async () => {
    const db = await workedCache();
    const key = dealKey(DEAL.id);
    const entered = async () => (await db.getAll('stageSummaries')).reduce((sum, row) => sum + row.entered, 0);
    expect(await entered()).toBeGreaterThan(0);

    const erased = await eraseScope(db, { kind: 'record', recordKey: key });

    expect(erased).toMatchObject({ deals: 1, logged: 1 });
    expect(await everything(db)).not.toContain(`"${key}"`);
    // The only deal of the portal: no stage counts it any more.
    expect(await entered()).toBe(0);
  });

  it("unmerges a deal's logged touch whose page copy went with the contact", async () => {
    const { db, logged } = await callLoggedOnDealSeenOnContact(contactKey(ON_DEAL));

    await eraseScope(db, { kind: 'record', recordKey: contactKey(ON_DEAL) });

    const kept = await db.get('activities', logged.key);
    expect(kept?.dealKeys).toEqual([dealKey(DEAL.id)]);
    expect(kept?.mergedInto).toBeUndefined();
  });

  it("takes the note of a logged touch erased with the deal off the contact's page copy, which stays", async () => {
    const { db, logged } = await callLoggedOnDealSeenOnContact(undefined);
    const page = logged.mergedInto ? await db.get('activities', logged.mergedInto) : undefined;
    expect(page?.note).toBe('From the car');

    await eraseScope(db, { kind: 'record', recordKey: dealKey(DEAL.id) });

    expect(await db.get('activities', logged.key)).toBeUndefined();
    expect((await db.get('activities', page?.key ?? ''))?.note).toBeUndefined();
  });
});

/** A call logged on the deal (with one of its contacts, or none picked), which a contact's page shows later. */
async function callLoggedOnDealSeenOnContact(withContact: string | undefined) {
  const db = await workedCache();
  const at = '2026-11-19T16:00:00.000Z';
  const touch = await logTouch(
    db,
    {
      recordKey: dealKey(DEAL.id),
      channel: 'call',
      ...(withContact ? { contactKey: withContact } : {}),
      timestamp: at,
      note: 'From the car',
    },
    NOW,
  );
  const reading = contactReading(ON_DEAL);
  reading.activities.push({
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: '2026-11-19T16:20:00.000Z',
    title: 'Call from mobile',
    automated: false,
    sourceId: 'mobile-call-2',
  });
  await saveReading(db, reading, NOW, ZONE);
  const logged = await db.get('activities', touch.key);
  if (!logged?.mergedInto) throw new Error('the logged call did not merge');
  return { db, logged };
}

describe('erasing removes the marks of touches undone on what it erases', () => {
  async function undoneOnContact(db: TouchlineDb): Promise<string> {
    const touch = await logTouch(db, { recordKey: contactKey(ON_DEAL), channel: 'call' }, NOW);
    await undoLoggedTouch(db, touch.key, ZONE, ZONE, NOW);
    expect(await db.count('undoneTouches')).toBe(1);
    return touch.key;
  }

  it('one record: the mark of a touch undone on that contact goes with it', async () => {
    const db = await twoAccounts();
    const key = await undoneOnContact(db);
    await eraseScope(db, { kind: 'record', recordKey: contactKey(ON_DEAL) });
    expect(await everything(db)).not.toContain(key);
  });

  it('one CRM account: the marks of its touches go with it', async () => {
    const db = await twoAccounts();
    const key = await undoneOnContact(db);
    await eraseScope(db, { kind: 'account', crm: 'hubspot', tenant: TENANT });
    expect(await everything(db)).not.toContain(key);
  });
});
