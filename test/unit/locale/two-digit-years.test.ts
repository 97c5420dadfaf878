import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { clockIn } from './clocks';

/**
 * A spreadsheet's short date ("1/5/98", "3-Dec-98") gives two digits of the year: the clock's
 * century (2026 now), or the one before when that would be more than 50 years ahead.
 */
describe('a two-digit year', () => {
  const utc = clockIn('UTC');
  const monthFirst = { lang: 'en', dayFirst: false };

  it.each([
    ['1/5/98', '1998-01-05T00:00:00.000Z'],
    ['1/5/77', '1977-01-05T00:00:00.000Z'],
    ['1/5/76', '2076-01-05T00:00:00.000Z'],
    ['1/5/26', '2026-01-05T00:00:00.000Z'],
    ['1/5/00', '2000-01-05T00:00:00.000Z'],
    ['3-Dec-98', '1998-12-03T00:00:00.000Z'],
    ['3-Dec-26', '2026-12-03T00:00:00.000Z'],
  ])('"%s" is %s', (text, instant) => {
    expect(readPageDate(text, utc, monthFirst)?.timestamp).toBe(instant);
  });

  it('is read against the clock, not a fixed century', () => {
    const in2090 = { now: new Date('2090-06-01T12:00:00Z'), timeZone: 'UTC' };
    expect(readPageDate('1/5/98', in2090, monthFirst)?.timestamp).toBe('2098-01-05T00:00:00.000Z');
    expect(readPageDate('1/5/41', in2090, monthFirst)?.timestamp).toBe('2041-01-05T00:00:00.000Z');
  });
});
