import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { ANA, anaKey, BEN, benKey, call, callsOn, connectRateOn, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

// 06:00 in Los Angeles on 20 November, the morning of the shared clock (15:00Z).
const AT = '2026-11-20T14:00:00.000Z';
const logged = (db: TouchlineDb, recordKey: string, extra: { contactKey?: string; outcome?: 'connected' } = {}) =>
  logTouch(db, { recordKey, channel: 'call', timestamp: AT, ...extra }, NOW);
const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1]) => saveReading(db, reading, NOW, ZONE);

async function account() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []));
  await save(db, contactPage(BEN, []));
  await save(db, dealPage([]));
  return db;
}

describe('a call logged on a contact, whose CRM copy shows first on the deal page (naming no contact)', () => {
  it('merges with that copy and counts once on the contact and on the deal, CRM ids shown', async () => {
    const db = await account();
    const touch = await logged(db, anaKey);

    await save(db, dealPage([call(AT, { sourceId: 'call-77' })]));
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-77' })]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBe('hubspot:4412345:activity:call-77');
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });

  it('merges with the deal copy and counts once on both views when the CRM shows no ids', async () => {
    const db = await account();
    const touch = await logged(db, anaKey);

    const dealSaved = await save(db, dealPage([call(AT)]));
    const contactSaved = await save(db, contactPage(ANA, [call(AT)]));

    expect(dealSaved.mergedLogged).toEqual([touch.key]);
    expect(contactSaved.mergedLogged).toEqual([]);
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });

  it('is a second call when the deal page showed the CRM copy before the user logged', async () => {
    const db = await account();
    await save(db, dealPage([call(AT)]));
    const touch = await logged(db, anaKey);

    await save(db, contactPage(ANA, [call(AT)]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBeUndefined();
    expect(await callsOn(db, anaKey)).toBe(2);
  });

  it('stays apart from a deal copy that names another of the deal contacts', async () => {
    const db = await account();
    const touch = await logged(db, anaKey);

    await save(db, dealPage([call(AT, { sourceId: 'call-78', contactIds: [BEN] })]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBeUndefined();
  });
});

describe('a call logged on a deal without picking a contact', () => {
  it("merges with the copy later shown on one of the deal's contacts and counts once on the deal", async () => {
    const db = await account();
    const touch = await logged(db, dealKeyOf);

    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-79' })]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBe('hubspot:4412345:activity:call-79');
    expect(await callsOn(db, dealKeyOf)).toBe(1);
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it("merges even with another of the deal's contacts named, as the panel names the first one by default", async () => {
    const db = await account();
    const touch = await logged(db, dealKeyOf, { contactKey: benKey });

    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-84' })]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBe('hubspot:4412345:activity:call-84');
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });

  it('stays apart from a call on a contact who is not on the deal', async () => {
    const db = await account();
    await save(db, contactPage('c-other', []));
    const touch = await logged(db, dealKeyOf);

    await save(db, contactPage('c-other', [call(AT, { sourceId: 'call-80' })]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBeUndefined();
  });
});

describe("the user's outcome and note on the merged touch", () => {
  it('keeps the logged outcome where the page does not know it: connect rate 1 of 1', async () => {
    const db = await account();
    const touch = await logged(db, anaKey, { outcome: 'connected' });

    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-81' })]));
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-81' })]));

    expect((await db.get('activities', touch.key))?.mergedInto).toBe('hubspot:4412345:activity:call-81');
    expect((await db.get('activities', 'hubspot:4412345:activity:call-81'))?.outcome).toBe('connected');
    expect(await connectRateOn(db, anaKey)).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  it("keeps the page's own known outcome", async () => {
    const db = await account();
    await logged(db, anaKey, { outcome: 'connected' });

    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-82', outcome: 'voicemail' })]));

    expect((await db.get('activities', 'hubspot:4412345:activity:call-82'))?.outcome).toBe('voicemail');
  });

  it('gives the outcome to every page copy of the merged touch, so the contact view shows it too', async () => {
    const db = await account();
    await logged(db, anaKey, { outcome: 'connected' });

    await save(db, dealPage([call(AT)]));
    await save(db, contactPage(ANA, [call(AT)]));

    expect(await connectRateOn(db, anaKey)).toMatchObject({ numerator: 1, denominator: 1 });
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });
});

describe('editing or undoing a merged logged touch', () => {
  const pageKey = 'hubspot:4412345:activity:call-83';
  async function merged() {
    const db = await account();
    const touch = await logged(db, anaKey, { outcome: 'connected' });
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-83' })]));
    return { db, touch };
  }

  it('gives the page copy the outcome and note the user edits in afterwards', async () => {
    const { db, touch } = await merged();

    await updateLoggedTouch(db, touch.key, { outcome: 'voicemail', note: 'Left a message' }, NOW, ZONE);

    expect(await db.get('activities', pageKey)).toMatchObject({ outcome: 'voicemail', note: 'Left a message' });
  });

  it("takes the user's outcome back off the page copy when the touch is undone or moved to another day", async () => {
    const undone = await merged();
    await undoLoggedTouch(undone.db, undone.touch.key);
    expect((await undone.db.get('activities', pageKey))?.outcome).toBeUndefined();

    const moved = await merged();
    await updateLoggedTouch(moved.db, moved.touch.key, { timestamp: '2026-11-19T14:00:00.000Z' }, NOW, ZONE);
    expect((await moved.db.get('activities', pageKey))?.outcome).toBeUndefined();
    expect(await connectRateOn(moved.db, anaKey)).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('a logged call and page calls already shown before it was logged (metrics.md duplicate rules 2 and 3)', () => {
  const MINUTE_LATER = '2026-11-20T14:01:00.000Z';

  it('stays a second call when a double capture (rule 2) of a call shown before appears after logging', async () => {
    const db = await account();
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-1' })]));
    const touch = await logged(db, anaKey);
    // Another capture of the same call: another id, same title and outcome, a minute later.
    await save(db, contactPage(ANA, [call(AT, { sourceId: 'call-1' }), call(MINUTE_LATER, { sourceId: 'call-2' })]));
    expect((await db.get('activities', touch.key))?.mergedInto).toBeUndefined();
    expect(await callsOn(db, anaKey)).toBe(2);
  });

  it("merges with a contact's new call, not taking another person's earlier call for a copy of it", async () => {
    const db = await account();
    await save(db, dealPage([call(AT, { title: 'Call', contactIds: [BEN] })]));
    const touch = await logged(db, anaKey);
    await save(db, contactPage(ANA, [call(MINUTE_LATER, { title: 'Call' })]));
    expect((await db.get('activities', touch.key))?.mergedInto).toBeDefined();
    expect(await callsOn(db, anaKey)).toBe(1);
  });
});
