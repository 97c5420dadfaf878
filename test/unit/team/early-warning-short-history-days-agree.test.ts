import { describe, expect, it } from 'vitest';
import { earlyWarningShortHistory } from '../../../lib/metrics/early-warning';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { at, contact, email, NOW, settings, touchesOf } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * docs/team-view.md: the early warning is not computed "when the rep's first counted touch is less
 * than 35 days old" (the last 7 days and the 4 weeks before them), with the words "Not computed:
 * first touch 12 days ago; the warning needs 4 weeks before the last 7 days". Days on the page are
 * calendar days in the user's zone (metrics.md).
 *
 * NOW is Friday 20 Nov 2026, 07:00 in Los Angeles. Riley's first email was on Friday 16 Oct at
 * 09:00 (Los Angeles), 34 days and 23 hours ago, 35 calendar days ago, and Riley emailed Jordan
 * every week since. Before the fix a 24-hour check said "short history" while the words counted
 * calendar days: "first touch 35 days ago; the warning needs 4 weeks before the last 7 days", 35
 * days being exactly the 7 + 28 the sentence asks for. By hand: 35 days are enough, so a verdict:
 * 1 touch in the last 7 days (18 Nov); the 4 weeks before hold 1 + 1 + 1 + 2 (12 Nov, 5 Nov,
 * 29 Oct, 22 and 16 Oct), a weekly average of 1.25, whose 70 % is 0.875: not below.
 */
describe('early warning not computed for a short history: the days it gives', () => {
  it('gives a verdict for a first touch 35 calendar days ago instead of saying 35 days are too few', async () => {
    const days = [
      '2026-10-16 09:00',
      '2026-10-22 09:00',
      '2026-10-29 09:00',
      '2026-11-05 09:00',
      '2026-11-12 09:00',
      '2026-11-18 09:00',
    ];
    const db = await cacheWith({
      activities: days.map((d, i) => email(at(d), `Riley ${i}`, { owner: 'Riley Chen' })),
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const riley = view.reps.find((r) => r.rep === 'Riley Chen');
    expect(riley?.warningNotRead).toBeUndefined();
    expect(riley?.warning).toEqual({ warning: false, lastWeek: 1, weeklyAverage: 1.25 });
    expect(riley?.warningReason).toBe(
      '1 touch in the last 7 days against a weekly average of 1.25 over the 4 weeks before: not below 70 %.',
    );
  });

  // Over the change to winter time (1 Nov in Los Angeles) a 34th calendar day can be more than
  // 35 × 24 hours ago: at 23:59 on Friday 20 Nov (PST), a first touch at 00:00 on Saturday 17 Oct
  // (PDT) is 35 days and 59 minutes ago, before the warning's 4th week began, which it covers
  // whole. No verdict is withheld for a look-back the touches cover.
  it('withholds no verdict when the first touch precedes the 4 weeks, though 34 calendar days ago', () => {
    const late = new Date(at('2026-11-20 23:59'));
    const touches = touchesOf([email(at('2026-10-17 00:00'))], late);
    expect(earlyWarningShortHistory(touches, late, true, 'America/Los_Angeles')).toBeUndefined();
  });
});
