import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * One call to Ana, made Fri 20 Nov 2026 11:40 UTC (zone UTC, no CRM id on the page's items).
 * - Read at 14:25 the same day: HubSpot prints "3 hours ago" (2 h 45 min, rounded). The reader
 *   works out 11:25 from the count (relativeTime), the page showed no time of day.
 * - Read again Sat 21 Nov 09:00: the page now prints "Yesterday at 11:40 AM".
 * decisions.md "Keys and time": a reading without a shown time merges into the one stored
 * same-day row of the same record, channel, direction and title; metrics.md duplicate rule 3
 * (no source id): the same touch. By hand: one call, not two (the two instants are 15 min apart,
 * but only one of them is a time the page showed).
 */
describe('a call read as "3 hours ago", then as "Yesterday at 11:40 AM"', () => {
  const Z = 'UTC';
  const counted = call('2026-11-20T11:25:00.000Z', { relativeTime: true, title: 'Call with Ana' });
  const shown = call('2026-11-20T11:40:00.000Z', { title: 'Call with Ana' });

  async function view() {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [counted]), new Date('2026-11-20T14:25:00.000Z'), Z, Z);
    await saveReading(db, contactPage(ANA, [shown]), new Date('2026-11-21T09:00:00.000Z'), Z, Z);
    const contact = (await db.getAll('contacts'))[0];
    if (!contact) throw new Error('the contact was not stored');
    return buildContactView({
      contact,
      activities: await db.getAll('activities'),
      settings: defaultSettings(Z),
      now: new Date('2026-11-21T09:00:00.000Z'),
      pageTimeZone: Z,
    });
  }

  it('counts one call, last touched at 11:40 on 20 Nov', async () => {
    const v = await view();
    expect(v.touches.byChannel.call).toBe(1);
    expect(v.cadence.lastTouchAt).toBe('2026-11-20T11:40:00.000Z');
  });
});
