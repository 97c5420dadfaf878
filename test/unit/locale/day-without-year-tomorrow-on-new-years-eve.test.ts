import { describe, expect, it } from 'vitest';
import { recentDay } from '../../../lib/locale/calendar-day';
import { readPageDate } from '../../../lib/locale/page-date';

// calendar-day.ts promises "the most recent such day not after tomorrow" (tomorrow: a day seen from a
// zone ahead of the page's). On 31 December tomorrow is in the next year.
const NEW_YORK = 'America/New_York';

describe('a day printed without a year that is tomorrow, read on 31 December', () => {
  const clock = { now: new Date('2026-12-31T20:00:00Z'), timeZone: NEW_YORK }; // Dec 31, 15:00 in New York

  it('is tomorrow (1 January of the next year), as on any other day of the year', () => {
    expect(recentDay(1, 1, clock)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it('reads "Jan 1" as 2027-01-01, not a year back', () => {
    expect(readPageDate('Jan 1', clock, { lang: 'en', dayFirst: false } as never)?.timestamp).toBe(
      '2027-01-01T05:00:00.000Z',
    );
  });

  it('reads today and the day after tomorrow in this year: only tomorrow is ahead', () => {
    expect(recentDay(12, 31, clock)).toEqual({ year: 2026, month: 12, day: 31 });
    expect(recentDay(1, 2, clock)).toEqual({ year: 2026, month: 1, day: 2 });
  });
});

describe('29 February printed without a year', () => {
  it("is the last leap year's when read in a year without one", () => {
    const clock = { now: new Date('2027-12-31T20:00:00Z'), timeZone: NEW_YORK };
    expect(recentDay(2, 29, clock)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('is tomorrow when read on 28 February of a leap year', () => {
    const clock = { now: new Date('2028-02-28T20:00:00Z'), timeZone: NEW_YORK };
    expect(recentDay(2, 29, clock)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
