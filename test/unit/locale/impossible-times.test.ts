import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn } from './clocks';

/**
 * A time no clock shows is a typing slip in an export (or a misread page), never a time of another
 * hour: read as such, "25:00" would be stored at 01:00 the next day and "14:75" at 15:15.
 * team-view.md: the import report counts "a date that is not one" as invalid.
 */
describe('a time of day no clock shows', () => {
  it.each([
    ['2026-11-18 25:00'],
    ['2026-11-18 24:00'],
    ['2026-11-18 14:75'],
    ['2026-11-18T14:30:75'],
    ['2026-11-18T14:30+02:75'],
    ['2026-11-18T14:30+15:00'],
    ['18.11.2026 14:30:75'],
    ['Nov 18, 2026 at 2:30:61 PM'],
  ])('"%s" is no date', (text) => {
    expect(readPageDate(text, clockIn('UTC'), pageLocaleFor('en-GB'))).toBeUndefined();
  });

  it.each([
    // The last minute and second of a day, and the widest offsets zones have (Kiribati +14, Marquesas −09:30).
    ['2026-11-17 23:59', '2026-11-17T23:59:00.000Z'],
    ['2026-11-18T14:30:59+14:00', '2026-11-18T00:30:00.000Z'],
    ['2026-11-18T14:30-0930', '2026-11-19T00:00:00.000Z'],
    ['18.11.2026 14:30:59', '2026-11-18T14:30:00.000Z'],
  ])('(control) "%s", a time a clock shows, is read to the minute', (text, instant) => {
    expect(readPageDate(text, clockIn('UTC'), pageLocaleFor('en-GB'))).toEqual({
      timestamp: instant,
      timePrecision: 'minute',
    });
  });
});
