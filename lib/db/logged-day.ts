import type { Activity } from '../schema/activity';
import { zonedDay } from '../zoned-day';
import { ORIGIN } from './logged-touches';
import { COUNTED_TIME_LATER_MS, precisionOf, rowPrintedDay } from './time-precision';

/** The zones "the same day" as a logged touch is decided in. */
export interface DayZones {
  /** The user's zone setting: the day of a logged touch and of a page touch with a time of day. */
  timeZone: string;
  /** The zone the page was read in (the browser's): the day a date-only page touch was printed on. */
  pageTimeZone: string;
}

/**
 * The days a touch may stand on when a logged touch looks for its page copy (metrics.md "Logged in
 * Touchline": the same day), each marked with the clock it is read on: `T` its day in the user's
 * zone, `P` the day a page read in the browser's zone printed, `D` a date the page printed alone.
 * A page touch dated without a time of day is on the day the page printed (decisions.md; its stored
 * instant, 00:00 in the page's zone, may fall on another day in the user's zone), by either mark;
 * one with a time on its day in the user's zone, and one whose time was worked out from a count
 * ("3 hours ago") on every day there the count reaches (countReach: a call logged at 23:50 is "3
 * hours ago" at 03:15). A logged touch is on its day by both clocks, for a date printed alone: a rep
 * working outside the zone of her setting logs a call on the day her page prints, which her setting
 * may call the next; and a CRM may print a date alone in her setting's zone rather than the browser's.
 */
export function loggedMergeDays(touch: Activity & { timestamp: string }, zones: DayZones): string[] {
  const { timestamp } = touch;
  const own = zonedDay(timestamp, zones.timeZone);
  if (touch.origin === ORIGIN) return unique([`T${own}`, `P${zonedDay(timestamp, zones.pageTimeZone)}`, `D${own}`]);
  if (precisionOf(touch, zones.pageTimeZone) === 'day') {
    const printed = rowPrintedDay(touch, zones.pageTimeZone);
    return [`P${printed}`, `D${printed}`];
  }
  return touch.relativeTime ? unique(countReach(touch, zones.timeZone).map((day) => `T${day}`)) : [`T${own}`];
}

/** A count read less than this long after its time was of minutes ("5 minutes ago"), never of hours. */
const HOURS_COUNTED_FROM_MS = 45 * 60_000;

/**
 * The days in `timeZone` a time worked out from a count may be on: a count of hours stands for
 * half an hour either side of it, as HubSpot rounds ("3 hours ago" is 2 h 30 to 3 h 29 back:
 * COUNTED_TIME_LATER_MS), so "3 hours ago" read at 03:15 reaches Thursday 23:45 and read at 03:50
 * not; a count of minutes for its minute. Which it was, the time between it and its first sighting tells.
 */
function countReach(touch: Activity & { timestamp: string }, timeZone: string): string[] {
  const at = Date.parse(touch.timestamp);
  const seen = touch.firstSeenAt ? Date.parse(touch.firstSeenAt) : Number.NaN;
  const reach = seen - at < HOURS_COUNTED_FROM_MS ? MINUTE_MS : COUNTED_TIME_LATER_MS;
  return [at - reach, at, at + reach].map((t) => zonedDay(new Date(t), timeZone));
}

const MINUTE_MS = 60_000;

/** Whether two touches stand on a day in common (loggedMergeDays). */
export function sameMergeDay(
  a: Activity & { timestamp: string },
  b: Activity & { timestamp: string },
  zones: DayZones,
): boolean {
  const days = new Set(loggedMergeDays(a, zones));
  return loggedMergeDays(b, zones).some((day) => days.has(day));
}

/** Channel and merge days of a dated touch (none for one without): only touches sharing a slot can merge. */
export function loggedSlots(touch: Activity, zones: DayZones): string[] {
  if (!touch.channel || !touch.timestamp) return [];
  return loggedMergeDays({ ...touch, timestamp: touch.timestamp }, zones).map((day) => `${touch.channel}|${day}`);
}

/** Whether the touch has a slot in `slots`. */
export function inSlots(touch: Activity, slots: ReadonlySet<string>, zones: DayZones): boolean {
  return loggedSlots(touch, zones).some((slot) => slots.has(slot));
}

const unique = (days: string[]) => [...new Set(days)];
