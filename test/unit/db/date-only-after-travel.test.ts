import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * decisions.md: a date-only reading is its date as printed. A rep in Berlin (zone setting and
 * browser both Europe/Berlin) opens Ana's page on 19 Nov; it prints a call "19 Nov" without a time,
 * which the reader dates 19 Nov 00:00 Berlin (18 Nov 23:00Z). The rep then flies to New York: the
 * browser's zone is America/New_York, the setting stays Europe/Berlin. By hand, on Fri 20 Nov
 * 12:00 Berlin (11:00Z) the call is on 19 Nov: 1 day ago. Re-reading the stored instant's day in
 * New York would put it on 18 Nov, 2 days ago.
 */
describe('a date-only touch read at home, counted after the browser moved to another zone', () => {
  const BERLIN = 'Europe/Berlin';
  const readOn = new Date('2026-11-19T09:00:00.000Z');
  const now = new Date('2026-11-20T11:00:00.000Z');
  const printed = call('2026-11-18T23:00:00.000Z', { timePrecision: 'day', title: 'Call Ana' });

  /** Ana's page read at home in Berlin, her panel opened later in New York with the zone setting given. */
  async function viewInNewYork(settingZone: string) {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [printed]), readOn, BERLIN, BERLIN);
    const contact = (await db.getAll('contacts'))[0];
    if (!contact) throw new Error('the contact was not stored');
    return buildContactView({
      contact,
      activities: await db.getAll('activities'),
      settings: defaultSettings(settingZone),
      now,
      pageTimeZone: 'America/New_York',
    });
  }

  it('stays on the day the page printed: last touch 1 day ago, on 19 Nov Berlin', async () => {
    const view = await viewInNewYork(BERLIN);

    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.cadence.lastTouchAt).toBe('2026-11-18T23:00:00.000Z');
  });

  it('stays on that day when the zone setting moved with the browser: 19 Nov 00:00 in New York', async () => {
    const view = await viewInNewYork('America/New_York');

    expect(view.cadence.lastTouchAt).toBe('2026-11-19T05:00:00.000Z');
  });
});
