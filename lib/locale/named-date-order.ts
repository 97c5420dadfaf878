import { monthNumber } from './calendar-names';

/** A day then a month name ("18 Nov", "18. Nov.", "3 Dec 2026"), then perhaps more. */
const DAY_THEN_NAME = /^(\d{1,2})\.? (\p{L}+)\.?(?: (.*))?$/u;
/** A month name then a day ("Nov 18", "Aug 28 at 9:45 AM"), then perhaps more. */
const NAME_THEN_DAY = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (.*))?$/u;
/**
 * What may follow the day and month of a printed date: a year ("18 Nov 2026 …") or a time, after
 * at most one connector word ("Aug 28 at 9:45 AM", "18. Nov. um 14:05"). Anything else is words
 * in which a month name happens to stand beside a number ("May 5 calls", "4 Decision maker").
 */
const TAIL = /^(?:(?:19|20|21)\d{2}(?!\d)|(?:\p{L}+ )?\d{1,2}[:h]\d{2}(?!\d))/u;

/**
 * The order a value printed with a month name puts day and month in, when it is such a date:
 * "18 Nov" and "18. Nov." day first, "Nov 18" month first. A CRM prints these in the same user
 * locale setting as its numeric dates, so they tell the order of the ambiguous ones.
 * `part` is one value, spaces collapsed (shown-date-order.ts splits a text at commas and bars).
 */
export function namedDateOrder(part: string): 'day-first' | 'month-first' | undefined {
  const dayThenName = part.match(DAY_THEN_NAME);
  if (dayThenName && isDate(dayThenName[1], dayThenName[2], dayThenName[3])) return 'day-first';
  const nameThenDay = part.match(NAME_THEN_DAY);
  if (nameThenDay && isDate(nameThenDay[2], nameThenDay[1], nameThenDay[3])) return 'month-first';
  return undefined;
}

function isDate(day: string | undefined, name: string | undefined, tail: string | undefined): boolean {
  const d = Number(day);
  if (d < 1 || d > 31 || monthNumber(name ?? '') === undefined) return false;
  return tail === undefined || TAIL.test(tail);
}
