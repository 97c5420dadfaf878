import { doubleCapture, listedApart, TWO_MINUTES_MS } from '../metrics/duplicate-rules';
import type { Activity } from '../schema/activity';
import { type DealContacts, peopleOf } from './people-of';
import { withinDay } from './time-precision';

/**
 * Two stored page rows that are copies of one touch (metrics.md "Duplicate"): the same CRM id
 * (rule 1); else the same channel, direction and title with the same person (see peopleOf: a
 * deal-page row naming nobody is with the deal's contacts), and either different ids with the
 * same outcome (and owner, where both name one), both timed within 2 minutes (rule 2's double capture), or no id on one of them
 * and the same time: within 2 minutes when both show a time of day, else the day the page
 * printed (rule 3; decisions.md), a time's day in `pageTimeZone` (the browser's unless given).
 * Rows read on a contact page and on a deal page of a CRM that shows no ids are the usual case.
 * Never two rows the CRM listed apart (listedApart: two dials of one day in a report without
 * Activity ID), as the metrics never merge them: a logged call's outcome went to both.
 */
export function sameTouch(a: Activity, b: Activity, dealContacts: DealContacts, pageTimeZone?: string): boolean {
  if (a.sourceId && a.sourceId === b.sourceId) return true;
  if (listedApart(a, b)) return false;
  if (a.channel !== b.channel || a.direction !== b.direction || a.title !== b.title) return false;
  if (!a.timestamp || !b.timestamp) return false;
  const people = new Set(peopleOf(a, dealContacts));
  if (!peopleOf(b, dealContacts).some((key) => people.has(key))) return false;
  const timed = a.timePrecision !== 'day' && b.timePrecision !== 'day';
  const withinTwoMinutes = Math.abs(Date.parse(a.timestamp) - Date.parse(b.timestamp)) <= TWO_MINUTES_MS;
  if (a.sourceId && b.sourceId) return timed && doubleCapture(a, b) && withinTwoMinutes;
  if (a.timePrecision === 'day') return withinDay(b.timestamp, { ...a, timestamp: a.timestamp }, pageTimeZone);
  if (b.timePrecision === 'day') return withinDay(a.timestamp, { ...b, timestamp: b.timestamp }, pageTimeZone);
  return withinTwoMinutes;
}
