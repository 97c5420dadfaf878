import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * Two calls to Ana with HubSpot's one title, Fri 20 Nov 2026 09:00 and 11:00 UTC (zone UTC, no
 * CRM ids). Read at 12:00 the page prints "3 hours ago" and "1 hour ago": two calls (metrics.md
 * duplicate rule 3: hours apart). At 12:01 the rep filters the timeline to their own activity
 * (or the page shows only its newest items): only the 11:00 call, "1 hour ago". Nothing was
 * removed in the CRM; by hand Ana still has 2 calls on 20 Nov, the first at 09:00.
 */
describe('two same-titled calls "3 hours ago" and "1 hour ago", then only the newer one shown', () => {
  it('still counts two calls, the first at 09:00', async () => {
    const Z = 'UTC';
    const db = await freshDb();
    const first = call('2026-11-20T09:00:00.000Z', { relativeTime: true });
    const second = call('2026-11-20T11:00:00.000Z', { relativeTime: true });
    await saveReading(db, contactPage(ANA, [second, first]), new Date('2026-11-20T12:00:00.000Z'), Z, Z);
    const secondAgain = call('2026-11-20T11:01:00.000Z', { relativeTime: true });
    await saveReading(db, contactPage(ANA, [secondAgain]), new Date('2026-11-20T12:01:00.000Z'), Z, Z);
    const contact = (await db.getAll('contacts'))[0];
    if (!contact) throw new Error('the contact was not stored');
    const activities = await db.getAll('activities');
    const view = buildContactView({
      contact,
      activities,
      settings: defaultSettings(Z),
      now: new Date('2026-11-20T12:01:00.000Z'),
      pageTimeZone: Z,
    });
    expect(view.touches.byChannel.call).toBe(2);
    expect(activities.map((a) => a.timestamp).sort()[0]).toBe('2026-11-20T09:00:00.000Z');
  });
});

describe('a call seen "3 hours ago", then the same day by its date alone', () => {
  it('keeps the time its count gave', async () => {
    const Z = 'UTC';
    const db = await freshDb();
    await saveReading(
      db,
      contactPage(ANA, [call('2026-11-20T09:00:00.000Z', { relativeTime: true })]),
      new Date('2026-11-20T12:00:00.000Z'),
      Z,
      Z,
    );
    const dayOnly = call('2026-11-20T00:00:00.000Z', { timePrecision: 'day' });
    await saveReading(db, contactPage(ANA, [dayOnly]), new Date('2026-11-20T13:00:00.000Z'), Z, Z);
    const rows = (await db.getAll('activities')).filter((a) => a.type === 'call');
    expect(rows.map((r) => [r.timestamp, r.timePrecision, r.relativeTime])).toEqual([
      ['2026-11-20T09:00:00.000Z', 'minute', true],
    ]);
  });
});
