import { describe, expect, it } from 'vitest';
import { trendWeeksRead } from '../../../lib/metrics/trend-read-in-part';
import type { NotRead } from '../../../lib/schema/read-result';

/**
 * Review s62 (partial). A feed loaded back only to 12 Nov ("Load more" below): the 90-day trend's
 * weeks from late August to early November lie wholly in the part not loaded. Drawn, they read as
 * weeks of no touches; their touches were not read (never a number where the data was not read).
 */
const week = (weekStart: string) => ({ weekStart, byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 } });
const weeks = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'].map(week);
const loadMore = (olderThan: string): NotRead => ({
  field: 'activities',
  reason: 'Load more',
  part: 'older',
  olderThan,
});

describe('the trend on a timeline read in part', () => {
  it('leaves out the weeks that ended before the day the feed was loaded back to, and says so', () => {
    const shown = trendWeeksRead(weeks, [loadMore('2026-11-12T09:05:00.000Z')], 'UTC');
    // The week of 2 Nov ended on 8 Nov, before 12 Nov; the week of 9 Nov holds 12 Nov.
    expect(shown.weeks.map((w) => w.weekStart)).toEqual(['2026-11-09', '2026-11-16']);
    expect(shown.note).toBe(
      'Weeks before the timeline was loaded back to (2026-11-12) with no touch held are not shown: their touches were not read.',
    );
  });

  it('keeps a week with a touch held (another page, a logged touch), and counts weeks in the user’s zone', () => {
    const held = weeks.map((w, i) => (i === 0 ? { ...w, byChannel: { ...w.byChannel, call: 1 } } : w));
    const kept = trendWeeksRead(held, [loadMore('2026-11-12T09:05:00.000Z')], 'UTC');
    expect(kept.weeks).toHaveLength(3);
    expect(
      trendWeeksRead(held.slice(0, 1).concat(weeks.slice(2)), [loadMore('2026-11-02T09:05:00.000Z')], 'UTC').note,
    ).toBe('Weeks before 2026-11-02 show only the touches held from elsewhere: the page was not loaded back to them.');
    // 07:00 UTC on 9 Nov is still Sunday 8 Nov in Los Angeles: the week of 2 Nov was loaded in part.
    const la = trendWeeksRead(weeks, [loadMore('2026-11-09T07:00:00.000Z')], 'America/Los_Angeles');
    expect(la.weeks.map((w) => w.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(la.note).toContain('(2026-11-08)');
  });

  it('keeps every week beside a filter, with a note, and every week without one on a timeline read whole', () => {
    const filtered = trendWeeksRead(weeks, [{ field: 'activities', reason: 'filtered to "Notes"' }], 'UTC');
    expect([filtered.weeks.length, filtered.note]).toEqual([
      4,
      'The timeline was read in part: each week may miss touches in the part not read.',
    ]);
    expect(trendWeeksRead(weeks, [], 'UTC')).toEqual({ weeks });
  });
});
