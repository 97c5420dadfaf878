import type { TimePrecision } from '../schema/activity';
import { zonedDay } from '../zoned-day';

interface Timed {
  timestamp?: string | undefined;
  timePrecision?: TimePrecision | undefined;
}

/**
 * Whether a timestamp carries a time of day. Adapters say so (`timePrecision`); for a reading or
 * a row from before they did, a time at exactly 00:00 in the zone the page was read in is taken
 * as a date alone, since that is how date-only items were stored.
 */
export function precisionOf(activity: Timed & { timestamp: string }, pageTimeZone: string): TimePrecision {
  if (activity.timePrecision) return activity.timePrecision;
  const at = new Date(activity.timestamp);
  const previous = new Date(at.getTime() - 1);
  return zonedDay(at, pageTimeZone) !== zonedDay(previous, pageTimeZone) ? 'day' : 'minute';
}

/** The date as the page printed it: the calendar day in the zone the page was read in. */
export function printedDay(timestamp: string, pageTimeZone: string): string {
  return zonedDay(timestamp, pageTimeZone);
}

/** A stored row with a date; a date-only one's instant is its day's 00:00 in the zone the page was read in. */
type DatedRow = Timed & { timestamp: string; printedOn?: string | undefined };

/**
 * The date a stored row was printed with: for a date-only row stored since 0.7.8, kept on it;
 * else (a timed or older row) its instant's day in `pageTimeZone`, the zone pages are read in now.
 */
export function rowPrintedDay(row: DatedRow, pageTimeZone: string): string {
  return row.timePrecision === 'day' && row.printedOn ? row.printedOn : printedDay(row.timestamp, pageTimeZone);
}

/** What a row dated without a time of day keeps of its printed date (see `printedOn`). */
export function printedOnOf(
  row: { timestamp?: string | undefined; timePrecision?: TimePrecision | undefined },
  pageTimeZone: string,
): { printedOn?: string } {
  return row.timestamp && row.timePrecision === 'day' ? { printedOn: printedDay(row.timestamp, pageTimeZone) } : {};
}

/**
 * A date-only sighting says nothing new about a touch already known to the minute on that day:
 * the calendar day `dateOnly` was printed with (rowPrintedDay), not the 24 hours after its 00:00,
 * as the days clocks change on have 23 or 25 hours.
 */
export function withinDay(precise: string, dateOnly: DatedRow, pageTimeZone = browserTimeZone()): boolean {
  return printedDay(precise, pageTimeZone) === rowPrintedDay(dateOnly, pageTimeZone);
}

/** Duplicate rule 3's window for two times of one touch (metrics.md "Duplicate"): copies within it are one. */
export const TWO_MINUTES_MS = 120_000;

/**
 * How far apart two sightings of one item dated by a count can put it: "3 hours ago" stands for
 * anything up to an hour before, and the count moves on between readings.
 */
export const COUNTED_TIME_DRIFT_MS = 70 * 60_000;

/** Whether a time worked out from a count and another time of the same item can be one instant. */
export function withinCountDrift(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= COUNTED_TIME_DRIFT_MS;
}

/**
 * How much later than the time worked out from it a count's touch can be. Counts are taken as
 * rounded, as HubSpot prints them (moment.js's fromNow: "an hour ago" from 45 to 89 minutes, then
 * whole hours rounded, "3 hours ago" from 2 h 30 to 3 h 29: counted-hours-ago-then-time.test.ts,
 * counted-lead-response-hours-ago.test.ts), so the touch is up to half an hour after that time:
 * "3 hours ago" read at 02:40 (23:40 Thu) can be a call at 00:05 Fri. A count's reach onto the
 * next day is this, never its drift: "2 hours ago" read at 00:55 (22:55) is Thursday's call.
 */
export const COUNTED_TIME_LATER_MS = 30 * 60_000;

/**
 * Whether a time worked out from a count can be on the day a date-only sighting was printed with
 * (as withinDay; countedDays): up to its drift after that day, so "3 hours ago" read at 03:05
 * (00:05) is on the day before too, as the page's "Nov 19" says; up to COUNTED_TIME_LATER_MS
 * before it, so "3 hours ago" read at 02:40 (23:40) is on the next day too, as "Nov 20" says.
 * Where a count's reach spans midnight, a count and a date alone on the other day read the same
 * for one call as for two: a call at 23:45 Thu counted "3 hours ago" at 02:50 (23:50) and another
 * dated "Nov 20" are what one call at 00:10 Fri gives, counted then and dated. They are taken as
 * one call where no row is on that day to tell them apart (lib/db/same-day-row.ts sameDayRow).
 */
export function countWithinDay(counted: string, dateOnly: DatedRow, pageTimeZone = browserTimeZone()): boolean {
  return countedDays(counted, pageTimeZone).includes(rowPrintedDay(dateOnly, pageTimeZone));
}

/** The printed days (in the zone the page was read in) a time worked out from a count can be on: see countWithinDay. */
export function countedDays(counted: string, pageTimeZone: string): string[] {
  const at = Date.parse(counted);
  const days = [at - COUNTED_TIME_DRIFT_MS, at, at + COUNTED_TIME_LATER_MS].map((t) =>
    printedDay(new Date(t).toISOString(), pageTimeZone),
  );
  return [...new Set(days)];
}

/** The zone the content script reads pages in: the browser's own, which the background shares. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
