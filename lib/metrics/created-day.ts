import { precisionOf, printedDay } from '../db/time-precision';
import { type DayNumber, dayNumber, dayNumberOf } from './zoned-days';

/**
 * The day a record was created, in the user's zone. A creation date the page printed without a
 * time of day (stored at 00:00 in `pageTimeZone`, the zone the page was read in) is the date as
 * printed (decisions.md): counted in a zone setting west of the browser's, that instant would fall
 * on the day before.
 */
export function createdDay(createdAt: string, timeZone: string, pageTimeZone?: string): DayNumber {
  if (pageTimeZone && precisionOf({ timestamp: createdAt }, pageTimeZone) === 'day') {
    return dayNumberOf(printedDay(createdAt, pageTimeZone));
  }
  return dayNumber(new Date(createdAt), timeZone);
}
