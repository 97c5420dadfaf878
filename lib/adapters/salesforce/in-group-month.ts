import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';
import type { Unread } from './classify-activity';
import type { FoundItem } from './find-items';
import { monthsOfGroup } from './group-month';
import type { ItemDate } from './item-date';

/**
 * A numeric date ("6/11/2026", "6.11.26"): the only kind whose reading rests on an order of its
 * parts. Not a part of an ISO date ("2026-11-02"), which says its order.
 */
const NUMERIC_DATE = /(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{2,4}(?![\d/.-])/;

/**
 * An item's date checked against the month of the group it is listed under (Lightning groups past
 * activities by their date): a numeric date read into another month was read in the wrong order,
 * or the page's order is not what it seemed ("12/10/2026" under "October • 2026" read month first
 * is 10 December, weeks ahead). A past item's other date read after its group's month, into the
 * future, is of a group whose heading is not shown: above the group's own items it is newer than
 * they are, yet done, so no year fits ("Dec 28" heading "October • 2026"'s items on 20 November;
 * below them parseTimelineDate takes last year's). Such a date is kept as text and reported, never guessed.
 * A group named relative to today ("This Month") is given a month either side (monthsOfGroup): its
 * month is counted in the user's Salesforce time zone, not the clock's.
 */
export function inGroupMonth(date: ItemDate, found: FoundItem, clock: PageClock): ItemDate & { offGroup?: Unread } {
  const months = monthsOfGroup(found, clock);
  if (!months || !date.timestamp || !date.text) return date;
  const day = zonedDay(date.timestamp, clock.timeZone);
  const month = day.slice(0, 7);
  const numeric = NUMERIC_DATE.test(date.text);
  const ahead = month > months.last && Date.parse(date.timestamp) > clock.now.getTime();
  const inGroup = month >= months.first && month <= months.last;
  if (numeric ? inGroup : found.upcoming !== false || !ahead) return date;
  const group = found.section ? `"${found.section}"` : months.first;
  const where = numeric ? 'outside' : 'ahead of today, after';
  const reason = `"${date.text}" reads as ${day}, ${where} the month of its group ${group}`;
  return { text: date.text, offGroup: { field: 'activity date', reason } };
}
