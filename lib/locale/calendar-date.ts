import type { PageClock } from '../adapters/types';
import { type CalendarDay, calendarDay, recentDay } from './calendar-day';
import { monthNumber, weekdayNumber } from './calendar-names';

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})\.?$/;
/**
 * A year first is always followed by the month: ISO's "2026-12-03", and "2026/12/3" or "2026.12.03"
 * (the short dates of Japanese, Chinese, Korean and Hungarian spreadsheets).
 */
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})\.?$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e|o|a|º|ª)?\.?$/;
const YEAR = /^(?:19|20|21)\d{2}$/;
/** Excel's "d-mmm-yyyy" and "d-mmm-yy" in the user's language: "3-Dec-2026", "3-dic-26", "03-déc.-2026". */
const HYPHENATED = /^(\d{1,2})-(\p{L}+)\.?-(\d{2}|\d{4})$/u;

/**
 * A calendar day as pages print it once time, zone and connector words are gone: "18/11/2026",
 * "18.11.2026", "2026-11-18", "nov 18 2026", "3. nov. 2026", "10 sept 2026", "12 mar", with or
 * without a leading weekday. 'ambiguous' for a numeric date whose order nothing settles.
 */
export function readCalendarDay(
  text: string,
  clock: PageClock,
  dayFirst: boolean | undefined,
): CalendarDay | 'ambiguous' | undefined {
  const tokens = text.split(' ').filter(Boolean);
  const read =
    tokens.length === 1
      ? (numericDay(tokens[0] as string, dayFirst, clock) ?? hyphenatedDay(tokens[0] as string, clock))
      : undefined;
  if (read) return read;
  const named = namedDay(tokens, clock);
  if (named || tokens.length < 2 || weekdayNumber(tokens[0] as string) === undefined) return named;
  return readCalendarDay(tokens.slice(1).join(' '), clock, dayFirst);
}

/** Which of the first two numbers is the day, when the text alone settles it. */
export function numericOrder(
  text: string,
  dayFirst: boolean | undefined,
): 'day-first' | 'month-first' | 'ambiguous' | undefined {
  const m = text.match(NUMERIC);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  // Dots are the day-first notation (18.11.2026): no locale prints the month first with them.
  if (m[2] === '.' || a > 12) return 'day-first';
  if (b > 12) return 'month-first';
  if (a === b) return 'day-first';
  if (dayFirst === undefined) return 'ambiguous';
  return dayFirst ? 'day-first' : 'month-first';
}

function numericDay(
  token: string,
  dayFirst: boolean | undefined,
  clock: PageClock,
): CalendarDay | 'ambiguous' | undefined {
  const ymd = token.match(YEAR_FIRST);
  if (ymd) return calendarDay(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]));
  const m = token.match(NUMERIC);
  if (!m) return undefined;
  if ((m[4] as string).length === 3) return undefined;
  const order = numericOrder(token, dayFirst);
  if (order === 'ambiguous' || !order) return order;
  const year = fullYear(m[4] as string, clock);
  const [day, month] = order === 'day-first' ? [m[1], m[3]] : [m[3], m[1]];
  return calendarDay(year, Number(month), Number(day));
}

function hyphenatedDay(token: string, clock: PageClock): CalendarDay | undefined {
  const m = token.match(HYPHENATED);
  const month = m ? monthNumber(m[2] as string) : undefined;
  if (!m || month === undefined) return undefined;
  const year = fullYear(m[3] as string, clock);
  return calendarDay(year, month, Number(m[1]));
}

/**
 * The year a spreadsheet's two digits name: the clock's century, or the one before when that
 * would be more than 50 years ahead ("1/5/98" is 1998, not 2098; "1/5/30" is 2030).
 */
function fullYear(digits: string, clock: PageClock): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  const now = clock.now.getUTCFullYear();
  const inCentury = now - (now % 100) + year;
  return inCentury > now + 50 ? inCentury - 100 : inCentury;
}

/** Day, month name and optional year in either order: "18 nov 2026", "nov 18 2026", "3. nov.". */
function namedDay(tokens: string[], clock: PageClock): CalendarDay | undefined {
  if (tokens.length < 2 || tokens.length > 3) return undefined;
  const [first, second, year] = tokens as [string, string, string | undefined];
  if (year !== undefined && !YEAR.test(year)) return undefined;
  const dayFirst = first.match(DAY);
  const monthFirst = second.match(DAY);
  const month = dayFirst ? monthNumber(second) : monthFirst ? monthNumber(first) : undefined;
  const day = Number((dayFirst ?? monthFirst)?.[1]);
  if (month === undefined || /\d/.test(dayFirst ? second : first)) return undefined;
  return year ? calendarDay(Number(year), month, day) : recentDay(month, day, clock);
}
