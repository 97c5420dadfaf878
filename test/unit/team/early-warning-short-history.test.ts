import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, RITA, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md (Manager views): "Early warning: touches in the last 7 days below 70 % of the rep's
 * or team's trailing 4-week weekly average." issue 14: the warning comes "with its reason in words".
 *
 * Casey has emailed once a day for 36 days (the cache holds the whole window; retention 400 days).
 * Riley began 12 days ago: 20 emails between 8 and 12 days ago (the oldest 12 days and 4 hours
 * ago), then 5 in the last 7 days. The 4 weeks before Riley's last 7 days are mostly from before
 * Riley's first touch: dividing Riley's 20 touches by 4 weeks (an "average of 5", "not below
 * 70 %") would call a drop from 20 a week to 5 no drop at all. No average is invented over weeks
 * before the first touch: no verdict, with the reason in words, as when retention leaves the
 * 4 weeks partial. Casey's 4 weeks are all covered: a verdict (7 touches a week, 7 in the last 7
 * days, not below 70 %).
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * HOUR).toISOString();

async function view() {
  const casey = Array.from({ length: 36 }, (_, i) =>
    email(ago(i, 2), `Casey ${i}`, { owner: 'Casey Nguyen', contactKeys: [RITA] }),
  );
  const rileyEarly = Array.from({ length: 20 }, (_, i) =>
    email(ago(8 + (i % 5), 1 + Math.floor(i / 5)), `Riley early ${i}`, { owner: 'Riley Chen', contactKeys: [SAM] }),
  );
  const rileyLate = Array.from({ length: 5 }, (_, i) =>
    email(ago(1 + i), `Riley late ${i}`, { owner: 'Riley Chen', contactKeys: [SAM] }),
  );
  const db = await cacheWith({
    activities: [...casey, ...rileyEarly, ...rileyLate],
    contacts: [contact({ key: SAM, recordId: '902' }), contact({ key: RITA, recordId: '903' })],
  });
  return loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: settings(), now: NOW });
}

describe('early warning for a rep whose first touch is less than the 4 weeks before the last 7 days ago (metrics.md: trailing 4-week average; issue 14: reason in words)', () => {
  it('gives a rep who began 12 days ago no verdict, and says why in words', async () => {
    const riley = (await view()).reps.find((r) => r.rep === 'Riley Chen');
    expect(riley?.warning.lastWeek).toBe(5);
    expect(riley?.warningNotRead).toBe('short-history');
    expect(riley?.warningReason).toBe(
      'Not computed: first touch 12 days ago; the warning needs 4 weeks before the last 7 days.',
    );
  });

  it('still judges a rep whose touches cover the 35 days: 7 in the last 7 days against 7 a week', async () => {
    const casey = (await view()).reps.find((r) => r.rep === 'Casey Nguyen');
    expect(casey).not.toHaveProperty('warningNotRead');
    expect(casey?.warning).toEqual({ warning: false, lastWeek: 7, weeklyAverage: 7 });
  });
});
