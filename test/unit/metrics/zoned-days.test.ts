import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  dayNumber,
  dayString,
  mondayOf,
  startOfDay,
  weekdayOf,
} from '../../../lib/metrics/zoned-days';
import { LA } from './builders';

const day = (iso: string) => dayNumber(new Date(`${iso}T12:00:00Z`), 'UTC');

describe('zoned days', () => {
  it.each([
    ['2026-11-20T15:00:00Z', LA, '2026-11-20'],
    ['2026-11-20T07:59:00Z', LA, '2026-11-19'],
    ['2026-11-20T08:00:00Z', LA, '2026-11-20'],
    ['2026-11-20T23:30:00Z', 'Europe/Berlin', '2026-11-21'],
    ['2026-11-01T08:30:00Z', LA, '2026-11-01'],
    ['2026-11-01T06:30:00Z', LA, '2026-10-31'],
  ])('puts %s on the zoned day in %s', (instant, zone, expected) => {
    expect(dayString(dayNumber(new Date(instant), zone))).toBe(expected);
  });

  it('knows the test clock is a Friday', () => {
    expect(weekdayOf(day('2026-11-20'))).toBe(5);
    expect(dayString(mondayOf(day('2026-11-20')))).toBe('2026-11-16');
    expect(dayString(mondayOf(day('2026-11-16')))).toBe('2026-11-16');
    expect(dayString(mondayOf(day('2026-11-22')))).toBe('2026-11-16');
  });

  it.each([
    ['2026-11-20', '2026-11-23', 1],
    ['2026-11-16', '2026-11-18', 2],
    ['2026-11-21', '2026-11-22', 0],
    ['2026-11-13', '2026-11-27', 10],
    ['2026-11-18', '2026-11-18', 0],
    ['2026-11-18', '2026-11-16', 0],
  ])('counts business days from %s to %s as %i (weekends never count)', (from, to, expected) => {
    expect(businessDaysBetween(day(from), day(to))).toBe(expected);
  });

  it.each([
    ['2026-11-20', 1, '2026-11-23'],
    ['2026-11-18', 2, '2026-11-20'],
    ['2026-11-18', 3, '2026-11-23'],
    ['2026-11-21', 0, '2026-11-21'],
    ['2026-11-21', 1, '2026-11-23'],
  ])('adds business days: %s + %i is %s', (from, n, expected) => {
    expect(dayString(addBusinessDays(day(from), n))).toBe(expected);
  });

  it('starts a day at local midnight across the daylight-saving change', () => {
    expect(startOfDay(day('2026-11-01'), LA).toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(startOfDay(day('2026-11-02'), LA).toISOString()).toBe('2026-11-02T08:00:00.000Z');
  });
});
