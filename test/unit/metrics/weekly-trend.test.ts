import { describe, expect, it } from 'vitest';
import { weeklyTrend } from '../../../lib/metrics/weekly-trend';
import { at, call, email, LA, NOW, touchesOf } from './builders';

describe('weeklyTrend', () => {
  it('lists every Monday-starting week of the last 90 days, empty weeks included', () => {
    const weeks = weeklyTrend([], NOW, LA, true);
    expect(weeks[0]?.weekStart).toBe('2026-08-17');
    expect(weeks.at(-1)?.weekStart).toBe('2026-11-16');
    expect(weeks).toHaveLength(14);
  });

  it('puts Sunday-evening and Monday-morning touches in the user’s weeks', () => {
    const touches = touchesOf([
      email(at('2026-11-15 21:00')),
      call(at('2026-11-16 08:00'), 'connected'),
      email(at('2026-11-16 08:30'), 'Case study: Northwind', { automated: true }),
    ]);
    const weeks = weeklyTrend(touches, NOW, LA, true);
    expect(weeks.find((w) => w.weekStart === '2026-11-09')?.byChannel).toMatchObject({ email: 1, call: 0 });
    expect(weeks.find((w) => w.weekStart === '2026-11-16')?.byChannel).toMatchObject({ email: 1, call: 1 });
    expect(weeklyTrend(touches, NOW, LA, false).at(-1)?.byChannel.email).toBe(0);
  });

  it('keeps the night the clocks go back in the week it belongs to', () => {
    const sundayNight = touchesOf([call(at('2026-11-01 23:30'), 'connected')]);
    const weeks = weeklyTrend(sundayNight, NOW, LA, true);
    expect(weeks.find((w) => w.weekStart === '2026-10-26')?.byChannel.call).toBe(1);
    expect(weeks.find((w) => w.weekStart === '2026-11-02')?.byChannel.call).toBe(0);
  });

  it('leaves out touches older than 90 days', () => {
    const weeks = weeklyTrend(touchesOf([email(at('2026-08-21 09:00'))]), NOW, LA, true);
    expect(weeks.every((w) => w.byChannel.email === 0)).toBe(true);
  });

  it('starts at the retention cutoff when Touchline keeps fewer than 90 days, with no empty weeks before it', () => {
    // 30 days kept: the cutoff is Wednesday 21 October, in the week of Monday 19 October.
    const cutoff = new Date(NOW.getTime() - 30 * 86_400_000);
    const weeks = weeklyTrend(touchesOf([email(at('2026-10-22 09:00'))]), NOW, LA, true, cutoff);
    expect(weeks.map((w) => w.weekStart)).toEqual([
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(weeks[0]?.byChannel.email).toBe(1);
  });
});
