import { describe, expect, it, vi } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { listLoggedTouches, logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import {
  type ContactRead,
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  freshDb,
  NOW,
  workedContact,
  ZONE,
} from './world-readings';

const id = workedContact();
const phoneCall = (timestamp: string, sourceId = 'call-from-mobile-sync'): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp,
  title: 'Call with the buyer',
  automated: false,
  outcome: 'connected',
  sourceId,
});
const withItems = (...items: ActivityReading[]): ContactRead => {
  const reading = contactReading(id);
  reading.activities.push(...items);
  return reading;
};

async function contactWithLoggedCall(timestamp: string) {
  const db = await freshDb();
  await saveReading(db, contactReading(id), new Date(timestamp), ZONE);
  const touch = await logTouch(db, { recordKey: contactKey(id), channel: 'call', timestamp }, NOW);
  return { db, touch };
}

describe('logging a touch', () => {
  it('stores an outbound touch at the current time, against the contact, marked as logged in Touchline', async () => {
    const db = await freshDb();
    await saveReading(db, contactReading(id), NOW, ZONE);

    const touch = await logTouch(db, { recordKey: contactKey(id), channel: 'social', note: 'InMail reply' }, NOW);

    expect(touch).toMatchObject({
      type: 'social',
      channel: 'social',
      direction: 'outbound',
      timestamp: NOW.toISOString(),
      origin: 'logged-in-touchline',
      note: 'InMail reply',
      contactKeys: [contactKey(id)],
      dealKeys: [],
    });
    expect(touch.key.startsWith('touchline:')).toBe(true);
    expect(await db.get('activities', touch.key)).toEqual(touch);
  });

  it("stores a deal touch against the deal, with the contact the user picked from the deal's contacts", async () => {
    const db = await freshDb();
    const deal = dealWithContacts();
    await saveReading(db, dealReading(deal.id), NOW, ZONE);
    const contact = contactKey(deal.contactIds[1] ?? 0);

    const touch = await logTouch(db, { recordKey: dealKey(deal.id), channel: 'call', contactKey: contact }, NOW);

    expect(touch).toMatchObject({ dealKeys: [dealKey(deal.id)], contactKeys: [contact] });
    await expect(
      logTouch(db, { recordKey: dealKey(deal.id), channel: 'call', contactKey: contactKey(1) }, NOW),
    ).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining('not on this deal') });
  });

  it('refuses a record Touchline has not read, and a time in the future', async () => {
    const db = await freshDb();
    await saveReading(db, contactReading(id), NOW, ZONE);
    await expect(logTouch(db, { recordKey: contactKey(1), channel: 'call' }, NOW)).rejects.toMatchObject({
      kind: 'not-found',
    });
    const tomorrow = new Date(NOW.getTime() + 86_400_000).toISOString();
    await expect(
      logTouch(db, { recordKey: contactKey(id), channel: 'call', timestamp: tomorrow }, NOW),
    ).rejects.toMatchObject({
      kind: 'invalid',
    });
    expect(await db.count('activities', undefined)).toBe(contactReading(id).activities.length);
  });
});

describe('a logged touch and the page', () => {
  it('is never overwritten by page readings, and merges into the same-day page touch when the page later shows it', async () => {
    const { db, touch } = await contactWithLoggedCall('2026-11-18T17:05:00.000Z');
    const page = withItems(phoneCall('2026-11-18T19:40:00.000Z'));

    const summary = await saveReading(db, page, NOW, ZONE);
    await saveReading(db, page, NOW, ZONE);

    expect(summary.mergedLogged).toEqual([touch.key]);
    expect(await db.get('activities', touch.key)).toEqual({
      ...touch,
      mergedInto: 'hubspot:4412345:activity:call-from-mobile-sync',
    });
    expect((await listLoggedTouches(db)).touches.map((t) => t.key)).toEqual([touch.key]);
  });

  it('stays separate from a touch of another channel or another day', async () => {
    const { db, touch } = await contactWithLoggedCall('2026-11-18T17:05:00.000Z');
    const email = {
      ...phoneCall('2026-11-18T18:00:00.000Z', 'email-1'),
      type: 'email' as const,
      channel: 'email' as const,
    };

    await saveReading(db, withItems(email, phoneCall('2026-11-19T17:05:00.000Z', 'call-next-day')), NOW, ZONE);

    expect((await db.get('activities', touch.key))?.mergedInto).toBeUndefined();
  });

  it('stays separate from a page touch Touchline already had when the touch was logged (a second call)', async () => {
    const db = await freshDb();
    await saveReading(db, withItems(phoneCall('2026-11-18T16:00:00.000Z')), NOW, ZONE);
    const touch = await logTouch(
      db,
      { recordKey: contactKey(id), channel: 'call', timestamp: '2026-11-18T21:00:00.000Z' },
      NOW,
    );

    const reply = {
      ...phoneCall('2026-11-18T23:00:00.000Z', 'reply-1'),
      type: 'email' as const,
      channel: 'email' as const,
    };
    await saveReading(db, withItems(phoneCall('2026-11-18T16:00:00.000Z'), reply), NOW, ZONE);

    expect((await db.get('activities', touch.key))?.mergedInto).toBeUndefined();
  });

  it("counts the day in the user's zone, across the end of daylight saving time", async () => {
    // 1 November 2026 lasts 25 hours in Los Angeles: 07:30Z that day and 07:30Z the next are both on it.
    for (const [zone, merged] of [
      ['America/Los_Angeles', true],
      ['Europe/Berlin', false],
    ] as const) {
      const { db, touch } = await contactWithLoggedCall('2026-11-01T07:30:00.000Z');
      await saveReading(db, withItems(phoneCall('2026-11-02T07:30:00.000Z')), NOW, zone);
      expect((await db.get('activities', touch.key))?.mergedInto !== undefined).toBe(merged);
    }
  });

  it('merges one logged touch into each page touch, the closest first', async () => {
    const db = await freshDb();
    await saveReading(db, contactReading(id), NOW, ZONE);
    const log = (timestamp: string) => logTouch(db, { recordKey: contactKey(id), channel: 'call', timestamp }, NOW);
    const morning = await log('2026-11-18T17:00:00.000Z');
    const afternoon = await log('2026-11-18T22:00:00.000Z');

    await saveReading(db, withItems(phoneCall('2026-11-18T21:30:00.000Z')), NOW, ZONE);

    expect((await db.get('activities', afternoon.key))?.mergedInto).toBeDefined();
    expect((await db.get('activities', morning.key))?.mergedInto).toBeUndefined();
  });
});

describe('changing and undoing a logged touch', () => {
  it('undoes only touches logged in Touchline', async () => {
    const { db, touch } = await contactWithLoggedCall('2026-11-18T17:05:00.000Z');
    const pageKey = (await db.getAllKeys('activities')).find((key) => !key.startsWith('touchline:')) ?? '';

    await expect(undoLoggedTouch(db, pageKey)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await undoLoggedTouch(db, touch.key)).toEqual(touch);
    await expect(undoLoggedTouch(db, touch.key)).rejects.toMatchObject({ kind: 'not-found' });
    expect(await db.get('activities', pageKey)).toBeDefined();
    expect(await db.get('activities', touch.key)).toBeUndefined();
  });

  it('edits the outcome and note, and moving the touch to another day undoes its merge', async () => {
    const { db, touch } = await contactWithLoggedCall('2026-11-18T17:05:00.000Z');
    await saveReading(db, withItems(phoneCall('2026-11-18T19:40:00.000Z')), NOW, ZONE);

    const edited = await updateLoggedTouch(db, touch.key, { outcome: 'voicemail', note: 'Left a message' }, NOW, ZONE);
    expect(edited).toMatchObject({ outcome: 'voicemail', note: 'Left a message', mergedInto: expect.any(String) });

    const moved = await updateLoggedTouch(db, touch.key, { timestamp: '2026-11-17T17:05:00.000Z' }, NOW, ZONE);
    expect(moved.mergedInto).toBeUndefined();
    await expect(
      updateLoggedTouch(db, touch.key, { channel: 'email', outcome: 'held' }, NOW, ZONE),
    ).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it('lists logged touches for export through the origin index, without reading every activity', async () => {
    const { db, touch } = await contactWithLoggedCall('2026-11-18T17:05:00.000Z');
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const storeCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    try {
      expect((await listLoggedTouches(db)).touches).toEqual([touch]);
      expect(storeGetAll).not.toHaveBeenCalled();
      expect(storeCursor).not.toHaveBeenCalled();
      expect(indexGetAll.mock.contexts.map((index) => (index as IDBIndex).name)).toEqual(['byOrigin']);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
