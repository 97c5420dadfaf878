import { rowPrintedDay } from '../db/time-precision';
import type { Activity } from '../schema/activity';
import { dayEnd, dayStart } from './printed-day';
import { hasTimeOfDay } from './touch';

export interface DatingZones {
  /** The user's zone setting. */
  timeZone: string;
  /** The zone pages were read in (the browser's), when it is not `timeZone`: see atPrintedDay. */
  pageTimeZone?: string;
}

/**
 * Where the page dated an activity, as the CRM dates it: its time, or for one dated without a time
 * of day the start of the day the page printed (atPrintedDay) in the user's zone, with that day's
 * last instant there (`dayEnd`). This may be ahead of now, and is not where a touch done ahead
 * stands (collectTouches holds it back): it is the date the CRM's own figures are dated by.
 */
export function datedAt(activity: Activity, timestamp: string, zones: DatingZones): { at: Date; dayEnd?: Date } {
  if (hasTimeOfDay(activity)) return { at: new Date(timestamp) };
  const page = zones.pageTimeZone ?? zones.timeZone;
  const day = rowPrintedDay({ ...activity, timestamp }, page);
  const end = dayEnd(day, zones.timeZone);
  if (!activity.printedOn && page === zones.timeZone) return { at: new Date(timestamp), dayEnd: end };
  return { at: dayStart(day, zones.timeZone), dayEnd: end };
}
