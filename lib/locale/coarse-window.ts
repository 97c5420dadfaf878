import { addDays, type CalendarDay, today, weekdayOf } from './calendar-day';
import { languagesFor } from './date-words';
import type { UnitWord } from './date-words/schema';
import { fold } from './fold';
import { readCountNamingNoDay } from './relative-date';

/** The first and last day (YYYY-MM-DD) a date text could mean. */
export interface DayWindow {
  from: string;
  to: string;
}

/**
 * A count of whole units passed: "2 weeks ago" is 14 to 20 days back, "a month ago" 28 to 61 (from
 * the shortest month to the day before two of the longest), "a year ago" 365 to 731.
 */
const UNIT_DAYS: Partial<Record<UnitWord, { least: number; most: number }>> = {
  week: { least: 7, most: 7 },
  month: { least: 28, most: 31 },
  year: { least: 365, most: 366 },
};

/**
 * The days a date text naming no day ("2 weeks ago", "a month ago", "last year": relative-date.ts)
 * could mean, read at `readAt` in `timeZone`; undefined for any other text. The stored text does
 * not say the page's language, so every language Touchline reads is tried.
 */
export function coarseWindow(dateText: string, readAt: Date, timeZone: string): DayWindow | undefined {
  const text = fold(dateText).replace(/[.,;:\s]+$/, '');
  const count = readCountNamingNoDay(text, languagesFor(undefined));
  const days = count && UNIT_DAYS[count.unit];
  if (!count || !days) return undefined;
  const n = Math.abs(count.n);
  const near = days.least * n;
  const far = days.most * (n + 1) - 1;
  const now = today({ now: readAt, timeZone });
  const counted =
    count.n < 0
      ? { from: dayText(addDays(now, -far)), to: dayText(addDays(now, -near)) }
      : { from: dayText(addDays(now, near)), to: dayText(addDays(now, far)) };
  return count.last ? spanning(counted, calendarUnitBefore(now, count.unit)) : counted;
}

/**
 * The calendar week (Monday to Sunday, and the Sunday before: weeks start on Sunday in some
 * countries), month or year before the one holding `now`: what "last month" says as well as a
 * month back.
 */
function calendarUnitBefore(now: CalendarDay, unit: UnitWord): DayWindow {
  if (unit === 'year') return { from: `${now.year - 1}-01-01`, to: `${now.year - 1}-12-31` };
  if (unit === 'month') {
    const first = { year: now.year, month: now.month, day: 1 };
    const lastMonthEnd = addDays(first, -1);
    return { from: dayText({ ...lastMonthEnd, day: 1 }), to: dayText(lastMonthEnd) };
  }
  const monday = addDays(now, -((weekdayOf(now) + 6) % 7));
  return { from: dayText(addDays(monday, -8)), to: dayText(addDays(monday, -1)) };
}

/** The days from the first of two windows' starts to the last of their ends. */
function spanning(a: DayWindow, b: DayWindow): DayWindow {
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}

/** Whether two windows share a day. */
export function windowsOverlap(a: DayWindow, b: DayWindow): boolean {
  return a.from <= b.to && b.from <= a.to;
}

function dayText(d: CalendarDay): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
