import { describe, expect, it } from 'vitest';
import { parsePageDate } from '../../../lib/adapters/dates';
import { clockIn } from './clocks';

/** The first reader's English forms, each read to the instant it read them to before lib/locale. */
describe('parsePageDate (kept for earlier callers)', () => {
  const berlin = clockIn('Europe/Berlin');

  it.each([
    ['Nov 18, 2026 at 3:15 PM', '2026-11-18T14:15:00.000Z'],
    ['Wednesday, November 18, 2026 at 3:15 PM', '2026-11-18T14:15:00.000Z'],
    ['Nov 18th, 2026', '2026-11-17T23:00:00.000Z'],
    ['Dec 25', '2025-12-24T23:00:00.000Z'],
    ['Yesterday at 3:15 PM', '2026-11-19T14:15:00.000Z'],
    ['2 days ago', '2026-11-17T23:00:00.000Z'],
    ['an hour ago', '2026-11-20T14:00:00.000Z'],
    ['just now', '2026-11-20T15:00:00.000Z'],
    ['last Monday', '2026-11-15T23:00:00.000Z'],
    ['2026-11-18T15:00:00.000+01:00', '2026-11-18T14:00:00.000Z'],
    ['18.11.2026', '2026-11-17T23:00:00.000Z'],
  ])('"%s" is %s', (text, instant) => {
    expect(parsePageDate(text, berlin)).toBe(instant);
  });

  it('reads numeric dates month first unless told the page is day first', () => {
    expect(parsePageDate('03/04/2026', berlin)).toBe('2026-03-03T23:00:00.000Z');
    expect(parsePageDate('03/04/2026', berlin, true)).toBe('2026-04-02T22:00:00.000Z');
  });

  it('returns undefined for text that is no date', () => {
    expect(parsePageDate('No due date', berlin)).toBeUndefined();
    expect(parsePageDate('3:15 PM', berlin)).toBeUndefined();
  });
});
