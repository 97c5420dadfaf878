import type { Activity } from '../schema/activity';
import { withinDay } from './time-precision';

const TWO_MINUTES_MS = 2 * 60_000;

/**
 * Two stored page rows that are copies of one touch (metrics.md "Duplicate", rules 2 and 3):
 * the same channel, direction and title, no two different CRM ids, and the same time, which is
 * within 2 minutes when both show a time of day, else the same day. Rows read on a contact page
 * and on a deal page of a CRM that shows no ids are the usual case.
 */
export function sameTouch(a: Activity, b: Activity): boolean {
  if (a.sourceId && b.sourceId) return a.sourceId === b.sourceId;
  if (a.channel !== b.channel || a.direction !== b.direction || a.title !== b.title) return false;
  if (!a.timestamp || !b.timestamp) return false;
  if (a.timePrecision === 'day') return withinDay(b.timestamp, a.timestamp);
  if (b.timePrecision === 'day') return withinDay(a.timestamp, b.timestamp);
  return Math.abs(Date.parse(a.timestamp) - Date.parse(b.timestamp)) <= TWO_MINUTES_MS;
}
