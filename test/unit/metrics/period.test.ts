import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInPeriod, resolvePeriod } from '../../../lib/metrics/period';
import { LA, NOW } from './builders';

const DAY = 86_400_000;

describe('resolvePeriod', () => {
  it('makes the default "last 30 days" the 30 × 24 hours ending now', () => {
    const period = resolvePeriod('30d', NOW, LA);
    expect(period.label).toBe('last 30 days');
    expect(period.start.toISOString()).toBe('2026-10-21T15:00:00.000Z');
    expect(period.end).toEqual(NOW);
    expect(period.spanDays).toBe(30);
  });

  it('keeps "last 30 days" at exactly 720 hours across the daylight-saving change of 1 Nov', () => {
    const period = resolvePeriod('30d', NOW, LA);
    expect(NOW.getTime() - period.start.getTime()).toBe(720 * 3_600_000);
  });

  it.each([
    ['7d', 'last 7 days', 7],
    ['14d', 'last 14 days', 14],
    ['90d', 'last 90 days', 90],
  ] as const)('makes %s the %i × 24 hours ending now', (choice, label, days) => {
    const period = resolvePeriod(choice, NOW, LA);
    expect(period).toMatchObject({ choice, label, end: NOW, spanDays: days });
    expect(period.start.getTime()).toBe(NOW.getTime() - days * DAY);
  });

  it.each([
    ['the start itself (inclusive)', '2026-10-21T15:00:00.000Z', true],
    ['one millisecond before the start', '2026-10-21T14:59:59.999Z', false],
    ['now', NOW.toISOString(), true],
    ['a moment after now', '2026-11-20T15:00:00.001Z', false],
  ])('holds %s: %s', (_, instant, expected) => {
    expect(isInPeriod(new Date(instant), resolvePeriod('30d', NOW, LA))).toBe(expected);
  });

  it('starts "this quarter" at midnight of 1 October in the user’s zone', () => {
    const period = resolvePeriod('this-quarter', NOW, LA);
    expect(period.label).toBe('this quarter (Q4 2026)');
    expect(period.start.toISOString()).toBe('2026-10-01T07:00:00.000Z');
    expect(period.end).toEqual(NOW);
    expect(Math.floor(period.spanDays)).toBe(50);
  });

  it('takes the quarter of the user’s date, not of UTC', () => {
    const newYearsEveInLA = new Date('2027-01-01T05:00:00Z');
    expect(resolvePeriod('this-quarter', newYearsEveInLA, LA).label).toBe('this quarter (Q4 2026)');
    expect(resolvePeriod('this-quarter', newYearsEveInLA, 'UTC').label).toBe('this quarter (Q1 2027)');
  });

  it('makes "last quarter" the whole of July to September in the user’s zone', () => {
    const period = resolvePeriod('last-quarter', NOW, LA);
    expect(period.label).toBe('last quarter (Q3 2026)');
    expect(period.start.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-10-01T06:59:59.999Z');
    expect(Math.round(period.spanDays)).toBe(92);
  });

  it('goes back across the new year: in January, last quarter is Q4 of the year before', () => {
    const period = resolvePeriod('last-quarter', new Date('2027-01-15T12:00:00Z'), 'Europe/Berlin');
    expect(period.label).toBe('last quarter (Q4 2026)');
    expect(period.start.toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-12-31T22:59:59.999Z');
  });
});

// ---- Oracle: the zoned calendar quarter of an instant, read off Intl's date parts. ----

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];

function quarterIndex(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(
    instant,
  );
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return year * 4 + Math.floor((month - 1) / 3);
}

const nowArb = fc.date({
  min: new Date('2025-01-01T00:00:00Z'),
  max: new Date('2028-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const offsetArb = fc.oneof(fc.integer({ min: -400 * DAY, max: DAY }), fc.integer({ min: -2 * DAY, max: 2 * DAY }));

describe('resolvePeriod against the calendar (property)', () => {
  it('holds an instant in "last quarter" exactly when its zoned date is in the quarter before now’s', () => {
    fc.assert(
      fc.property(nowArb, offsetArb, fc.constantFrom(...ZONES), (now, offset, zone) => {
        const instant = new Date(now.getTime() + offset);
        const expected = quarterIndex(instant, zone) === quarterIndex(now, zone) - 1;
        expect(isInPeriod(instant, resolvePeriod('last-quarter', now, zone))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('holds an instant in "this quarter" exactly when it is not after now and its zoned date is in now’s quarter', () => {
    fc.assert(
      fc.property(nowArb, offsetArb, fc.constantFrom(...ZONES), (now, offset, zone) => {
        const instant = new Date(now.getTime() + offset);
        const expected = instant <= now && quarterIndex(instant, zone) === quarterIndex(now, zone);
        expect(isInPeriod(instant, resolvePeriod('this-quarter', now, zone))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('holds an instant in "last N days" exactly when it is at most N × 24 hours before now and not after it', () => {
    fc.assert(
      fc.property(nowArb, offsetArb, fc.constantFrom(7, 14, 30, 90), (now, offset, days) => {
        const instant = new Date(now.getTime() + offset);
        const expected = offset <= 0 && -offset <= days * DAY;
        expect(isInPeriod(instant, resolvePeriod(`${days as 7 | 14 | 30 | 90}d`, now, 'UTC'))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
