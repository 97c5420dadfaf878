import { zonedDay, zonedTimeToUtc } from '../zoned-day';
import { dayNumberOf, dayString } from './zoned-days';

/**
 * Where a touch the page dated without a time of day stands: the start, in the user's zone
 * setting, of the day the page printed. It is stored as the start of that day in the zone the
 * page was read in (the browser's); when the zone setting differs (a rep abroad, a manager in
 * another office), counting that instant's day in the setting's zone would move the touch to
 * the day before or after. decisions.md: a date-only reading is its date as printed.
 */
export function atPrintedDay(timestamp: string, pageTimeZone: string, timeZone: string): Date {
  return dayStart(zonedDay(timestamp, pageTimeZone), timeZone);
}

/** The first instant of a calendar day (`YYYY-MM-DD`) in a time zone. */
export function dayStart(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc({ year, month, day: date }, { hour: 0, minute: 0 }, timeZone);
}

/**
 * The last instant of a calendar day (`YYYY-MM-DD`) in a time zone: the next day's first, less
 * 1 ms. Not the day's start + 24 h: the day clocks go back has 25 hours, the day they go forward 23.
 */
export function dayEnd(day: string, timeZone: string): Date {
  return new Date(dayStart(dayString(dayNumberOf(day) + 1), timeZone).getTime() - 1);
}
