import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { clockIn } from './clocks';

/**
 * Dates as spreadsheets write them when an export is opened and saved again: Excel's "d-mmm-yyyy"
 * format in the user's language, and the year-first short date of Japanese and Chinese Windows.
 */
describe('dates a spreadsheet wrote into an export', () => {
  const utc = clockIn('UTC');

  it.each([
    ['3-Dec-2026', '2026-12-03T00:00:00.000Z'],
    ['3-dic-2026', '2026-12-03T00:00:00.000Z'],
    ['03-déc.-2026', '2026-12-03T00:00:00.000Z'],
    ['18-Nov-26', '2026-11-18T00:00:00.000Z'],
    ['3-Dez-2026 14:30', '2026-12-03T14:30:00.000Z'],
    ['2026/12/03', '2026-12-03T00:00:00.000Z'],
    ['2026/12/03 9:05', '2026-12-03T09:05:00.000Z'],
    ['2026/12/3', '2026-12-03T00:00:00.000Z'],
    ['2026.12.03', '2026-12-03T00:00:00.000Z'],
  ])('"%s" is %s', (text, instant) => {
    expect(readPageDate(text, utc)?.timestamp).toBe(instant);
  });

  it.each(['3-Foo-2026', '2026/13/03', '2026/02/30', '12-34-2026', 'Q3-Dec-2026'])('"%s" is no date', (text) => {
    expect(readPageDate(text, utc)).toBeUndefined();
  });
});
