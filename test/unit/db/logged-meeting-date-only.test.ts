/**
 * Regression review s34 (01152cf "only a page touch takes a logged one"). metrics.md "Logged in
 * Touchline": a logged touch merges with one page touch of the same channel, day and person,
 * provided Touchline first saw that page touch after the touch was logged. A meeting dated
 * without a time of day is a touch (held) once its day is over (metrics.md "Meetings").
 *
 * Rep in Los Angeles. Thu 19 Nov 09:00 PST: meeting with Ana; 09:30 the rep logs it in the panel.
 * 10:00: the CRM page shows that meeting by date only ("Nov 19"), not yet marked done. Touchline
 * first saw it after the log. Fri 07:00 (the test clock): Thursday is over, the page meeting is
 * held, and it is the logged meeting: one meeting held, not two. At 8f93e69 the page row merged
 * at its first sighting; now it is no touch at that sighting and, by the time it is one, it is no
 * longer "new", so it never merges.
 */
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe('review regress: a logged meeting and the CRM copy shown by date only', () => {
  it('is one meeting held once its day is over', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), new Date('2026-11-19T16:00:00Z'), ZONE, ZONE);
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-19T17:00:00.000Z' },
      new Date('2026-11-19T17:30:00Z'),
    );
    const dateOnlyMeeting = {
      ...call('2026-11-19T08:00:00.000Z'),
      type: 'meeting' as const,
      channel: 'meeting' as const,
      title: 'Pilot review',
      timePrecision: 'day' as const,
    };
    await saveReading(db, contactPage(ANA, [dateOnlyMeeting]), new Date('2026-11-19T18:00:00Z'), ZONE, ZONE);
    // Friday 06:50 PST: the rep opens Ana's page again; nothing changed on it.
    await saveReading(db, contactPage(ANA, [dateOnlyMeeting]), minutesAgo(10), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.meeting).toBe(1);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(1);
  });
});
