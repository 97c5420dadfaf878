import { describe, expect, it } from 'vitest';
import { isInPeriod, resolvePeriod } from '../../../lib/metrics/period';
import { LA, NOW } from './builders';

describe('resolvePeriod', () => {
  it('makes the default "last 30 days" the 30 × 24 hours ending now', () => {
    const period = resolvePeriod({ kind: 'last-days', days: 30 }, NOW, LA);
    expect(period.label).toBe('last 30 days');
    expect(period.start.toISOString()).toBe('2026-10-21T15:00:00.000Z');
    expect(period.end).toEqual(NOW);
    expect(period.spanDays).toBe(30);
  });

  it('keeps "last 30 days" at exactly 720 hours across the daylight-saving change of 1 Nov', () => {
    const period = resolvePeriod({ kind: 'last-days', days: 30 }, NOW, LA);
    expect(NOW.getTime() - period.start.getTime()).toBe(720 * 3_600_000);
  });

  it.each([
    ['the start itself (inclusive)', '2026-10-21T15:00:00.000Z', true],
    ['one millisecond before the start', '2026-10-21T14:59:59.999Z', false],
    ['now', NOW.toISOString(), true],
    ['a moment after now', '2026-11-20T15:00:00.001Z', false],
  ])('holds %s: %s', (_, instant, expected) => {
    expect(isInPeriod(new Date(instant), resolvePeriod({ kind: 'last-days', days: 30 }, NOW, LA))).toBe(expected);
  });

  it('starts "this quarter" at midnight of 1 October in the user’s zone', () => {
    const period = resolvePeriod({ kind: 'quarter' }, NOW, LA);
    expect(period.label).toBe('this quarter (Q4 2026)');
    expect(period.start.toISOString()).toBe('2026-10-01T07:00:00.000Z');
    expect(period.end).toEqual(NOW);
    expect(Math.floor(period.spanDays)).toBe(50);
  });

  it('takes the quarter of the user’s date, not of UTC', () => {
    const newYearsEveInLA = new Date('2027-01-01T05:00:00Z');
    expect(resolvePeriod({ kind: 'quarter' }, newYearsEveInLA, LA).label).toBe('this quarter (Q4 2026)');
    expect(resolvePeriod({ kind: 'quarter' }, newYearsEveInLA, 'UTC').label).toBe('this quarter (Q1 2027)');
  });

  it('labels a custom range with its dates in the user’s zone', () => {
    const period = resolvePeriod(
      { kind: 'custom', start: '2026-09-14T07:00:00Z', end: '2026-10-14T06:59:59Z' },
      NOW,
      LA,
    );
    expect(period.label).toBe('Sep 14, 2026 – Oct 13, 2026');
    expect(period.start.toISOString()).toBe('2026-09-14T07:00:00.000Z');
  });

  it('names a one-day window "last 24 hours"', () => {
    expect(resolvePeriod({ kind: 'last-days', days: 1 }, NOW, LA).label).toBe('last 24 hours');
  });
});
