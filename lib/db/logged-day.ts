import type { Activity } from '../schema/activity';
import { zonedDay } from '../zoned-day';
import { ORIGIN } from './logged-touches';
import { precisionOf, rowPrintedDay } from './time-precision';

/** The zones "the same day" as a logged touch is decided in. */
export interface DayZones {
  /** The user's zone setting: the day of a logged touch and of a page touch with a time of day. */
  timeZone: string;
  /** The zone the page was read in (the browser's): the day a date-only page touch was printed on. */
  pageTimeZone: string;
}

/**
 * The day a touch stands on when a logged touch looks for its page copy (metrics.md "Logged in
 * Touchline"): a page touch dated without a time of day is on the day the page printed
 * (decisions.md; its stored instant, 00:00 in the page's zone, may fall on another day in the
 * user's zone); a logged touch, and a page touch with a time, on its day in the user's zone.
 */
export function loggedMergeDay(touch: Activity & { timestamp: string }, zones: DayZones): string {
  if (touch.origin !== ORIGIN && precisionOf(touch, zones.pageTimeZone) === 'day') {
    return rowPrintedDay(touch, zones.pageTimeZone);
  }
  return zonedDay(touch.timestamp, zones.timeZone);
}

/** Channel and merge day of a dated touch ('' for one without): only touches of one slot can merge. */
export function loggedSlot(touch: Activity, zones: DayZones): string {
  return touch.channel && touch.timestamp
    ? `${touch.channel}|${loggedMergeDay({ ...touch, timestamp: touch.timestamp }, zones)}`
    : '';
}
