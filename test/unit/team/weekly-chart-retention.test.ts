import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { at, NOW, settings } from '../metrics/builders';
import { dailyEmailsFor90Days } from './daily-emails-90-days';
import { cacheWith } from './team-cache';

/**
 * decisions.md: "Retention also applies on read". docs/team-view.md (Charts): touches per week per
 * rep over 12 weeks. The contact panel's weekly trend (lib/metrics/weekly-trend.ts) starts at what
 * Touchline holds: "weeks Touchline keeps nothing of are not shown as empty"; the team page's "Why it
 * moved" likewise refuses to compare with a partly pruned period ("would show a rise that never was").
 *
 * Retention 60 days; now Friday 20 Nov 2026, 07:00 Los Angeles: Touchline holds activities from
 * Monday 21 Sep 08:00 on. Alex emailed Jordan every day at 10:00 for 90 days. By hand: the weeks of
 * 31 Aug, 7 Sep and 14 Sep are wholly before what Touchline holds; their touches are unknown to it,
 * not 0. Showing them as 0 draws Alex (and every rep) rising from nothing to 7 a week. The chart
 * starts at the week of 21 Sep (partial, as the panel's first week): Monday 21 Sep to Monday 16 Nov
 * is 9 weeks; the first has 7 emails (Mon to Sun at 10:00, after 08:00), the last 4 (Mon to Thu).
 */
const DAY = 86_400_000;

async function weeklyViewKept60Days() {
  const db = await cacheWith(dailyEmailsFor90Days());
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings({ retentionDays: 60 }),
    now: NOW,
  });
}

describe('weekly touches per rep when retention keeps less than the 12 weeks (decisions.md: retention on read; panel weekly trend)', () => {
  it('does not show the weeks wholly before what Touchline holds as weeks of 0 touches', async () => {
    const view = await weeklyViewKept60Days();
    const kept = Date.parse(at('2026-09-21 08:00'));
    expect(view.keptFrom?.from).toBe(new Date(kept).toISOString());
    const weeks = view.weekly.find((w) => w.rep === 'Alex Morgan')?.weeks ?? [];
    const wholeWeekNotHeld = weeks.filter((w) => Date.parse(at(`${w.weekStart} 00:00`)) + 7 * DAY <= kept);
    expect(wholeWeekNotHeld.filter((w) => w.touches === 0).map((w) => w.weekStart)).toEqual([]);
  });

  it('starts at the week what Touchline holds begins in: 9 weeks, the first with its 7 emails', async () => {
    const view = await weeklyViewKept60Days();
    const weeks = view.weekly.find((w) => w.rep === 'Alex Morgan')?.weeks ?? [];
    expect(weeks.length).toBe(9);
    expect(weeks[0]).toEqual({ weekStart: '2026-09-21', touches: 7 });
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-16', touches: 4 });
  });
});
