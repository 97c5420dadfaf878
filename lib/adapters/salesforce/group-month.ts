import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';
import type { FoundItem } from './find-items';
import { monthGroupYear } from './timeline-date';

/**
 * The month ("2026-11") of the past group an item is listed under: its heading's ("November •
 * 2026"), or, for a group named relative to today ("Last Month"), the clock's month that far off.
 * Lightning groups past activities by their date, so the item's date is in that month. A relative
 * group's month is only as good as the clock's zone: Lightning counts months in the user's
 * Salesforce time zone, which the page does not show and need not be the laptop's (on 1 December
 * 02:00 UTC a Los Angeles user's "This Month" is still November's), so it may be a month off.
 */
export function monthOfGroup(found: FoundItem, clock: PageClock): string | undefined {
  return namedMonthOfGroup(found) ?? relativeMonthOfGroup(found, clock, 0);
}

/** The month of the item's group as its heading names it ("November • 2026"); none for "This Month" and its like. */
export function namedMonthOfGroup(found: FoundItem): string | undefined {
  return found.groupYear && found.groupMonth ? monthText(found.groupYear, found.groupMonth) : undefined;
}

/**
 * The months a past item's group may be of: its named month, or for a relative group the clock's
 * month that far off with a month either side (monthOfGroup: the user's zone may be a month off
 * the clock's at a month's turn).
 */
export function monthsOfGroup(found: FoundItem, clock: PageClock): { first: string; last: string } | undefined {
  const named = namedMonthOfGroup(found);
  if (named) return { first: named, last: named };
  const first = relativeMonthOfGroup(found, clock, -1);
  const last = relativeMonthOfGroup(found, clock, 1);
  return first && last ? { first, last } : undefined;
}

function relativeMonthOfGroup(found: FoundItem, clock: PageClock, slack: number): string | undefined {
  if (found.groupMonthOffset === undefined) return undefined;
  const offset = found.groupMonthOffset + slack;
  const month = Number(zonedDay(clock.now, clock.timeZone).slice(5, 7));
  const offsetMonth = ((((month - 1 + offset) % 12) + 12) % 12) + 1;
  return monthText(monthGroupYear(offset, clock), offsetMonth);
}

function monthText(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Whether the clock is within two days of a month's turn in its zone: the user's Salesforce zone,
 * which counts the relative groups' months, may be a day either side of it.
 */
export function nearMonthTurn(clock: PageClock): boolean {
  const [year, month, day] = zonedDay(clock.now, clock.timeZone).split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= 2 || day >= days - 1;
}
