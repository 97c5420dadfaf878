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

/**
 * The date a stored row was printed with: for a date-only row stored since 0.7.8, kept on it;
 * else (a timed or older row) its instant's day in `pageTimeZone`, the zone pages are read in now.
 */
export function rowPrintedDay(
  row: Timed & { timestamp: string; printedOn?: string | undefined },
  pageTimeZone: string,
): string {
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
 * `dayStart` is the date-only reading's instant (the day's 00:00), so the day is the 24 hours after it.
 */
export function withinDay(precise: string, dayStart: string): boolean {
  const apart = Date.parse(precise) - Date.parse(dayStart);
  return apart >= 0 && apart < 86_400_000;
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
 * Whether a time worked out from a count can be on the day a date-only sighting starts at
 * (`dayStart`, as withinDay): on that day, or up to its drift after it, so "3 hours ago" read at
 * 03:05 (00:05) is on the day before too, as the page's "Nov 19" says. Never on the next day: the
 * count puts its touch at or before the time worked out ("3 hours ago" is 3 h to 3 h 59 ago, as
 * HubSpot cuts it off), so "3 hours ago" read at 02:40 (23:40) and the page's "Nov 20" are two
 * calls (metrics.md "Duplicate" rule 3; decisions.md: a date alone merges into a row of its day).
 * A CRM that rounds ("3 hours ago" from 2 h 30) could mean a touch up to half an hour after it;
 * that is not taken across midnight, where it would make two calls hours apart one.
 */
export function countWithinDay(counted: string, dayStart: string): boolean {
  const apart = Date.parse(counted) - Date.parse(dayStart);
  return apart >= 0 && apart < 86_400_000 + COUNTED_TIME_DRIFT_MS;
}

/** The printed days (in the zone the page was read in) a time worked out from a count can be on: see countWithinDay. */
export function countedDays(counted: string, pageTimeZone: string): string[] {
  const at = Date.parse(counted);
  const days = [at - COUNTED_TIME_DRIFT_MS, at].map((t) => printedDay(new Date(t).toISOString(), pageTimeZone));
  return [...new Set(days)];
}

/** The zone the content script reads pages in: the browser's own, which the background shares. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
