import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * metrics.md "Duplicate", rule 3: copies more than 2 minutes apart are two touches. Ana's contact page
 * (Los Angeles, no CRM ids) lists two calls with one title in one reading. The page showed them apart,
 * so they stay two although one time (or both) was worked out from a count, whose 70 minutes of slack
 * is for one touch read on two pages (test/unit/db/counted-hours-ago-on-contact-page-time-on-deal-page.test.ts).
 * - Read Fri 20 Nov 2026 00:40: "1 hour ago" (23:40 on the 19th) and "20 minutes ago" (00:20): counted
 *   items are keyed by their printed day, so across midnight they are not `base` and `base:2`.
 * - Read 10:40 the same day: "Today 9:55 AM", "Today 10:05 AM" (times shown) and "20 minutes ago"
 *   (10:20), which the save step cannot give to either shown call (lib/db/same-day-row.ts).
 * By hand: two calls, then three.
 */
const LA = 'America/Los_Angeles';

async function callsAfterOneReading(items: ActivityReading[], readAt: string): Promise<number | undefined> {
  const db = await freshDb();
  const now = new Date(readAt);
  await saveReading(db, contactPage(ANA, items), now, LA, LA);
  const view = await recordView(db, anaKey, { settings: defaultSettings(LA), now, onInvalid: () => undefined });
  return view?.touches.byChannel.call;
}

describe('same-titled calls one reading of a contact page shows apart', () => {
  it('stay two across midnight ("1 hour ago" and "20 minutes ago" read at 00:40)', async () => {
    const items = [
      call('2026-11-20T07:40:00.000Z', { relativeTime: true }),
      call('2026-11-20T08:20:00.000Z', { relativeTime: true }),
    ];
    expect(await callsAfterOneReading(items, '2026-11-20T08:40:00.000Z')).toBe(2);
  });

  it('stay three beside shown times ("Today 9:55 AM", "Today 10:05 AM", "20 minutes ago" read at 10:40)', async () => {
    const items = [
      call('2026-11-20T17:55:00.000Z'),
      call('2026-11-20T18:05:00.000Z'),
      call('2026-11-20T18:20:00.000Z', { relativeTime: true }),
    ];
    expect(await callsAfterOneReading(items, '2026-11-20T18:40:00.000Z')).toBe(3);
  });
});
