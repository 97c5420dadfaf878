import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import { countedDays, countWithinDay } from '../../../lib/db/time-precision';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from './hand-pages';
import { freshDb } from './world-readings';

/**
 * UTC (the zone pages are read in, and the panel's), same-titled calls with Ana, no CRM ids.
 * Call A: read at 00:55 Fri 20 Nov the page says "2 hours ago", 22:55 Thu: a time worked out
 * from a count, which stands for a time within the hour that count covers, rounded as HubSpot
 * prints it (duplicate-rules.ts comparedAtCount): at the latest 23:25 Thu, never Friday. Call B
 * is made on Fri 20 Nov; on a later visit the page shows B by its day alone, "Nov 20", and A no
 * longer (older items behind "Load more"). A count reaches the next day only as far as its touch
 * can be after the time worked out from it (lib/db/time-precision.ts COUNTED_TIME_LATER_MS), not
 * by its drift: with 70 minutes forward (8c78385) B was folded into A, one call, B lost (metrics.md
 * "Duplicate": rule 3 merges within 2 minutes, or a date alone into a row of that same day).
 */
const ZONE = 'UTC';
const A_COUNTED = '2026-11-19T22:55:00.000Z'; // 22:55 Thu
const READ_AT_0055 = '2026-11-20T00:55:00.000Z';
const B_NOV_20 = '2026-11-20T00:00:00.000Z'; // Fri 20 Nov, day only
const LATER = '2026-11-21T18:00:00.000Z';

describe('a call shown only by the day after a counted call', () => {
  it('is a second call, not the counted one', async () => {
    const db = await freshDb();
    await saveReading(
      db,
      contactPage(ANA, [call(A_COUNTED, { relativeTime: true })]),
      new Date(READ_AT_0055),
      ZONE,
      ZONE,
    );
    await saveReading(db, contactPage(ANA, [call(B_NOV_20, { timePrecision: 'day' })]), new Date(LATER), ZONE, ZONE);
    const rows = await db.getAll('activities');
    expect(rows).toHaveLength(2);
    const view = await recordView(db, anaKey, {
      settings: defaultSettings(ZONE),
      now: new Date(LATER),
      onInvalid: () => undefined,
    });
    expect(view?.touches.byChannel.call).toBe(2);
  });
});

describe('the days a counted time reaches', () => {
  const dated = (timestamp: string) => ({ timestamp, timePrecision: 'day' as const });

  it('reaches the next day only by half an hour, the day before by its drift', () => {
    expect(countedDays(A_COUNTED, ZONE)).toEqual(['2026-11-19']);
    expect(countWithinDay(A_COUNTED, dated(B_NOV_20), ZONE)).toBe(false);
    expect(countedDays('2026-11-19T23:40:00.000Z', ZONE)).toEqual(['2026-11-19', '2026-11-20']);
    expect(countWithinDay('2026-11-19T23:40:00.000Z', dated(B_NOV_20), ZONE)).toBe(true);
    expect(countedDays('2026-11-20T01:05:00.000Z', ZONE)).toEqual(['2026-11-19', '2026-11-20']);
    expect(countWithinDay('2026-11-20T01:05:00.000Z', dated('2026-11-19T00:00:00.000Z'), ZONE)).toBe(true);
  });
});
