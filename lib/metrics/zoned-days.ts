import { TZDate } from '@date-fns/tz';
import { zonedDay } from '../zoned-day';

/**
 * Calendar days in the user's zone as whole numbers (days since 1970-01-01 of the zoned date).
 * Timestamps are stored in UTC; every "day" metric converts through here so that day counting,
 * weekends and week starts follow the user's zone across daylight-saving changes.
 */
export type DayNumber = number;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * Per zone, the day of each UTC hour that falls on one zoned day from its first millisecond to its
 * last: the team page asks for the days of a hundred thousand touches, and Intl is the slow part.
 */
const hourDays = new Map<string, Map<number, DayNumber>>();

/** The zoned calendar day an instant falls on. */
export function dayNumber(instant: Date, timeZone: string): DayNumber {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  let days = hourDays.get(timeZone);
  if (!days) {
    days = new Map();
    hourDays.set(timeZone, days);
  }
  const known = days.get(hour);
  if (known !== undefined) return known;
  if (!Number.isFinite(hour)) return intlDayNumber(instant, timeZone);
  // A zoned day changes once at a time (midnight, a clock change), so an hour whose two ends fall
  // on one day falls on it throughout; an hour holding a change is worked out each time.
  const first = intlDayNumber(new Date(hour * HOUR_MS), timeZone);
  if (first !== intlDayNumber(new Date((hour + 1) * HOUR_MS - 1), timeZone)) return intlDayNumber(instant, timeZone);
  days.set(hour, first);
  return first;
}

function intlDayNumber(instant: Date, timeZone: string): DayNumber {
  const [year, month, day] = zonedDay(instant, timeZone).split('-').map(Number);
  return Math.round(Date.UTC(year as number, (month as number) - 1, day as number) / DAY_MS);
}

/** The day number of a calendar day (`YYYY-MM-DD`). */
export function dayNumberOf(day: string): DayNumber {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayString(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The Monday starting the week that contains `day`. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** Weekdays in (from, to]: Friday → Monday is 1, the weekend between does not count. */
export function businessDaysBetween(from: DayNumber, to: DayNumber): number {
  if (to <= from) return 0;
  const whole = Math.floor((to - from) / 7);
  let count = whole * 5;
  for (let day = from + whole * 7 + 1; day <= to; day++) if (!isWeekend(day)) count++;
  return count;
}

/** `n` business days after `day`; 0 keeps the day, even on a weekend. */
export function addBusinessDays(day: DayNumber, n: number): DayNumber {
  let result = day;
  for (let left = n; left > 0; ) {
    result++;
    if (!isWeekend(result)) left--;
  }
  return result;
}

/** Days from one day to a later one: business days when weekends are excluded, else calendar days. */
export function elapsedDays(from: DayNumber, to: DayNumber, businessDays: boolean): number {
  return businessDays ? businessDaysBetween(from, to) : Math.max(0, to - from);
}

export function addDays(day: DayNumber, n: number, businessDays: boolean): DayNumber {
  return businessDays ? addBusinessDays(day, n) : day + n;
}

/** The instant a zoned calendar day starts (midnight, or the first valid minute on a DST day). */
export function startOfDay(day: DayNumber, timeZone: string): Date {
  const date = new Date(day * DAY_MS);
  return new Date(new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), timeZone).getTime());
}

/** Zoned year and month (1–12) of a day number. */
export function yearMonthOf(day: DayNumber): { year: number; month: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** "Nov 18, 2026" for an instant in the user's zone. */
export function formatDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', year: 'numeric' }).format(
    instant,
  );
}
