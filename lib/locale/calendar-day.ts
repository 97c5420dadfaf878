import type { PageClock } from '../adapters/types';
import { zonedDay } from '../zoned-day';

/** A calendar day, independent of any zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The day, or undefined when it does not exist (31 April, 29 February 2026). */
export function calendarDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCDate() === day ? { year, month, day } : undefined;
}

/** Today in the page clock's zone. */
export function today(clock: PageClock): CalendarDay {
  const [year, month, day] = zonedDay(clock.now, clock.timeZone).split('-').map(Number);
  return { year: year as number, month: month as number, day: day as number };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function weekdayOf(d: CalendarDay): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function serial(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

/**
 * A day printed without a year is the most recent such day not after tomorrow: timelines look
 * back, and tomorrow covers a task due the next day seen from a zone ahead of the page's. Next
 * year is tried first: on 31 December tomorrow is 1 January of the next year.
 */
export function recentDay(month: number, day: number, clock: PageClock): CalendarDay | undefined {
  const now = today(clock);
  const limit = serial(addDays(now, 1));
  for (const year of [now.year + 1, now.year, now.year - 1, now.year - 2, now.year - 3, now.year - 4]) {
    const candidate = calendarDay(year, month, day);
    if (candidate && serial(candidate) <= limit) return candidate;
  }
  return undefined;
}
