import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { call } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * metrics.md: lead response time = first outbound touch time minus the contact's creation
 * time; "not shown when either is unknown". A new lead created Fri 20 Nov 2026 10:05 (the page
 * shows the time, zone UTC); the rep's first call is printed "3 hours ago" when the page is read
 * at 14:25 (HubSpot rounds: anything from 2 h 30 to 3 h 29 min reads so, the call was between
 * 10:56 and 11:55). The page shows no time of day for the call: its hour is not known, so the
 * figure is not shown (before 8ee5f10 this call was a date alone and the figure was null; now the
 * reader's 11:25 gives an exact-looking "1.33 h").
 */
describe('lead response time when the first call is dated "3 hours ago"', () => {
  it('is not shown: the call’s time of day is not on the page', async () => {
    const Z = 'UTC';
    const readAt = new Date('2026-11-20T14:25:00.000Z');
    const page = contactReadSchema.parse({
      crm: 'hubspot',
      tenant: '4412345',
      kind: 'contact',
      recordId: 'c-new',
      status: 'read',
      record: { name: 'Nia Park', createdAt: '2026-11-20T10:05:00.000Z' },
      activities: [call('2026-11-20T11:25:00.000Z', { relativeTime: true, title: 'Call with Nia' })],
      crmFigures: {},
      notRead: [],
    });
    const db = await freshDb();
    await saveReading(db, page, readAt, Z, Z);
    const contact = (await db.getAll('contacts'))[0];
    if (!contact) throw new Error('the contact was not stored');
    expect(contact.createdAt).toBe('2026-11-20T10:05:00.000Z');
    const view = buildContactView({
      contact,
      activities: await db.getAll('activities'),
      settings: defaultSettings(Z),
      now: readAt,
      pageTimeZone: Z,
    });
    expect(view.outcomes.leadResponseHours).toBeNull();
  });
});
