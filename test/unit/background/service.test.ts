import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import {
  loggedTouchesResponseSchema,
  readingResponseSchema,
  touchResponseSchema,
  viewResponseSchema,
} from '../../../lib/messaging/protocol';
import { defaultSettings } from '../../../lib/schema/settings';
import {
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  freshDb,
  freshName,
  NOW,
  workedContact,
  world,
  ZONE,
} from '../db/world-readings';

const id = workedContact();
const shownOnPage = world.activities.filter((a) => a.contactId === id && a.duplicateOf === undefined).length;

function service(options: { onInvalid?: () => void } = {}) {
  return createService({ db: freshDb(), now: () => NOW, settings: async () => defaultSettings(ZONE), ...options });
}

describe('readingSaved', () => {
  it("saves a contact page and answers with the contact's view", async () => {
    const answer = readingResponseSchema.parse(await service().readingSaved(contactReading(id)));

    expect(answer).toMatchObject({ ok: true, status: 'read', recordKey: contactKey(id) });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.view).toMatchObject({ kind: 'contact', recordKey: contactKey(id), activitiesRead: shownOnPage });
  });

  it("says how many of the page's activities are older than retention keeps, so none is counted", async () => {
    const settings = async () => ({ ...defaultSettings(ZONE), retentionDays: 30 });
    const answer = readingResponseSchema.parse(
      await createService({ db: freshDb(), now: () => NOW, settings }).readingSaved(contactReading(id)),
    );
    if (!answer.ok || answer.status !== 'read') throw new Error('not read');
    // Every activity the page shows is either stored or counted as too old.
    const older = answer.view.olderNotKept;
    expect(older?.before).toBe(new Date(NOW.getTime() - 30 * 86_400_000).toISOString());
    expect(older?.activities).toBeGreaterThan(0);
    expect(answer.view.activitiesRead + (older?.activities ?? 0)).toBe(shownOnPage);

    const keptAll = readingResponseSchema.parse(await service().readingSaved(contactReading(id)));
    expect(keptAll.ok && keptAll.view).not.toHaveProperty('olderNotKept');
  });

  it('counts only what retention keeps as soon as the setting is lowered, before the pruning runs', async () => {
    let settings = { ...defaultSettings(ZONE), period: '90d' as const };
    const s = createService({ db: freshDb(), now: () => NOW, settings: async () => settings });
    const read = await s.readingSaved(contactReading(id));
    if (!read.ok || read.status !== 'read') throw new Error('not read');
    expect(read.view.period).not.toHaveProperty('keptFrom');

    settings = { ...settings, retentionDays: 30 };
    const answer = await s.getView({ recordKey: contactKey(id) });
    if (!answer.ok) throw new Error(answer.error.message);
    const cutoff = new Date(NOW.getTime() - 30 * 86_400_000);
    expect(answer.view.period.keptFrom).toBe(cutoff.toISOString());
    // The stored rows are all still there; the view counts those dated since the cutoff.
    const recent = contactReading(id).activities.filter((a) => a.timestamp && new Date(a.timestamp) >= cutoff);
    expect(answer.view.activitiesRead).toBe(recent.length);
    expect(answer.view.activitiesRead).toBeLessThan(read.view.activitiesRead);
  });

  it("saves a deal page and answers with the deal's view", async () => {
    const deal = dealWithContacts();
    const answer = await service().readingSaved(dealReading(deal.id, { showHistory: true }));

    expect(readingResponseSchema.parse(answer)).toMatchObject({
      ok: true,
      status: 'read',
      view: { kind: 'deal', recordKey: dealKey(deal.id), stage: deal.stage },
    });
  });

  it('answers a page still loading, or unreadable, with what Touchline already has and saves nothing', async () => {
    const s = service();
    const ref = { crm: 'hubspot', tenant: '4412345', kind: 'contact', recordId: String(id) } as const;
    expect(await s.readingSaved({ ...ref, status: 'loading', reason: 'timeline placeholders' })).toEqual({
      ok: true,
      status: 'loading',
      recordKey: contactKey(id),
      view: null,
    });
    await s.readingSaved(contactReading(id));

    const unreadable = await s.readingSaved({
      ...ref,
      status: 'unreadable',
      reason: 'The timeline uses a layout Touchline does not know',
      notRead: [{ field: 'activities', reason: 'no timeline container' }],
    });

    expect(readingResponseSchema.parse(unreadable)).toMatchObject({
      ok: true,
      status: 'unreadable',
      reason: 'The timeline uses a layout Touchline does not know',
      view: { recordKey: contactKey(id), activitiesRead: shownOnPage },
    });
  });

  it('rejects a malformed reading on arrival, saying what is wrong', async () => {
    const s = service();
    const bad = { ...contactReading(id), crm: 'zoho' };

    const answer = await s.readingSaved(bad);

    expect(answer).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        message: expect.stringMatching(/^Touchline could not use the readingSaved request\. crm: /),
      },
    });
    expect(await s.getView({ recordKey: contactKey(id) })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('logging touches through messages', () => {
  it('logs, edits and undoes a touch, answering each time with the refreshed view', async () => {
    const s = service();
    await s.readingSaved(contactReading(id));

    const logged = touchResponseSchema.parse(
      await s.logTouch({ recordKey: contactKey(id), channel: 'call', outcome: 'voicemail' }),
    );
    if (!logged.ok) throw new Error(logged.error.message);
    expect(logged.view.activitiesRead).toBe(shownOnPage + 1);
    expect(logged.touch).toMatchObject({
      origin: 'logged-in-touchline',
      outcome: 'voicemail',
      timestamp: NOW.toISOString(),
    });

    const edited = await s.updateLoggedTouch({ key: logged.touch.key, changes: { note: 'Asked for a callback' } });
    expect(touchResponseSchema.parse(edited)).toMatchObject({ ok: true, touch: { note: 'Asked for a callback' } });
    expect(loggedTouchesResponseSchema.parse(await s.listLoggedTouches())).toMatchObject({
      ok: true,
      touches: [{ key: logged.touch.key }],
    });

    const undone = viewResponseSchema.parse(await s.undoLoggedTouch({ key: logged.touch.key }));
    expect(undone).toMatchObject({ ok: true, view: { activitiesRead: shownOnPage } });
    expect(await s.listLoggedTouches(undefined)).toEqual({ ok: true, touches: [] });
  });

  it('rejects bad touch requests with a clear reason, before touching the database', async () => {
    const s = service();
    await s.readingSaved(contactReading(id));

    expect(await s.logTouch({ recordKey: contactKey(id), channel: 'fax' })).toEqual({
      ok: false,
      error: { kind: 'invalid', message: expect.stringContaining('channel: Invalid option: expected one of') },
    });
    expect(await s.logTouch({ recordKey: contactKey(id), channel: 'email', outcome: 'held' })).toMatchObject({
      error: { kind: 'invalid', message: expect.stringContaining('outcome does not fit the channel') },
    });
    expect(await s.getView('hubspot:4412345:contact:1')).toMatchObject({ error: { kind: 'invalid' } });
    expect(await s.undoLoggedTouch({ key: '' })).toMatchObject({ error: { kind: 'invalid' } });
    expect(await s.logTouch({ recordKey: contactKey(1), channel: 'call' })).toMatchObject({
      error: { kind: 'not-found', message: expect.stringContaining('has not read this record') },
    });
  });
});

describe('failures', () => {
  it('answers with a storage error the user can read when the database cannot be opened', async () => {
    const name = freshName();
    (await openDB(name, DB_VERSION + 1)).close();
    const db = openTouchlineDb(name);
    db.catch(() => undefined);
    const s = createService({ db, now: () => NOW, settings: () => defaultSettings(ZONE) });

    expect(await s.getView({ recordKey: contactKey(id) })).toEqual({
      ok: false,
      error: { kind: 'storage', message: expect.stringContaining('Touchline could not open its saved data') },
    });
  });

  it('reports stored rows that fail validation and still answers with the view', async () => {
    const onInvalid = vi.fn();
    const dbPromise = freshDb();
    const s = createService({ db: dbPromise, now: () => NOW, settings: () => defaultSettings(ZONE), onInvalid });
    await s.readingSaved(contactReading(id));
    await (await dbPromise).put('activities', { key: 'broken', contactKeys: [contactKey(id)], dealKeys: [] } as never);

    expect(await s.getView({ recordKey: contactKey(id) })).toMatchObject({
      ok: true,
      view: { activitiesRead: shownOnPage },
    });
    expect(onInvalid).toHaveBeenCalledWith([expect.objectContaining({ store: 'activities', key: 'broken' })]);
  });
});

describe('keys and the time-zone setting', () => {
  it('stores the same keys whatever zone the user set, so changing the setting re-keys nothing', async () => {
    // Read without CRM ids: 04:00Z is the 17th in Los Angeles and the 18th in Berlin.
    const page = contactReading(id, () => []);
    page.activities.push(
      { type: 'call', direction: 'outbound', timestamp: '2026-11-18T04:00:00.000Z', title: 'Call', automated: false },
      {
        type: 'email',
        direction: 'inbound',
        timestamp: '2026-11-18T00:00:00.000Z',
        title: 'Re: Pricing',
        automated: false,
      },
    );
    const keysWith = async (userZone: string) => {
      const db = freshDb();
      const s = createService({ db, now: () => NOW, settings: () => defaultSettings(userZone) });
      await s.readingSaved(page);
      return (await (await db).getAllKeys('activities')).sort();
    };

    const keys = await keysWith('America/Los_Angeles');

    expect(keys).toHaveLength(2);
    expect(await keysWith('Europe/Berlin')).toEqual(keys);
  });
});
