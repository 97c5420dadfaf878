/**
 * Review v6 (b6681e6: a date-only CRM meeting of the day counts as a page touch at once).
 * metrics.md, Meetings: "a meeting ... with only a date that is today or later, is not (yet) a
 * touch". Logged in Touchline: a logged touch merges with one page touch of the same channel, day
 * and person "provided Touchline first saw that page touch after the touch was logged"; README
 * 0.7.8: "an item that becomes a touch only now is first seen as one now".
 *
 * Rep in Los Angeles. Thu 19 Nov 08:00 PST: Ana's page lists today's meeting by date only (not a
 * touch yet). 09:00 the meeting; 09:30 the rep logs it; 10:00 the page is read again. Fri 07:00:
 * the CRM meeting first became a touch after the log, so it is the logged meeting: 1 held, 1 meeting.
 */
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

describe('review v6: a date-only CRM meeting seen the morning before it is logged', () => {
  it('is one meeting held with the logged one', async () => {
    const db = await freshDb();
    const dateOnlyMeeting = {
      ...call('2026-11-19T08:00:00.000Z'),
      type: 'meeting' as const,
      channel: 'meeting' as const,
      title: 'Pilot review',
      timePrecision: 'day' as const,
    };
    await saveReading(db, contactPage(ANA, [dateOnlyMeeting]), new Date('2026-11-19T16:00:00Z'), ZONE, ZONE);
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-19T17:00:00.000Z' },
      new Date('2026-11-19T17:30:00Z'),
    );
    await saveReading(db, contactPage(ANA, [dateOnlyMeeting]), new Date('2026-11-19T18:00:00Z'), ZONE, ZONE);
    await saveReading(db, contactPage(ANA, [dateOnlyMeeting]), new Date(NOW.getTime() - 600_000), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.meeting).toBe(1);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(1);
  });
});
