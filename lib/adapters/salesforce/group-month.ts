import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';
import type { FoundItem } from './find-items';
import { monthGroupYear } from './timeline-date';

/**
 * The month ("2026-11") of the past group an item is listed under: its heading's ("November •
 * 2026"), or, for a group named relative to today ("Last Month"), the clock's month that far off.
 * Lightning groups past activities by their date, so the item's date is in that month.
 */
export function monthOfGroup(found: FoundItem, clock: PageClock): string | undefined {
  if (found.groupYear && found.groupMonth) return monthText(found.groupYear, found.groupMonth);
  if (found.groupMonthOffset === undefined) return undefined;
  const month = Number(zonedDay(clock.now, clock.timeZone).slice(5, 7));
  const offsetMonth = ((((month - 1 + found.groupMonthOffset) % 12) + 12) % 12) + 1;
  return monthText(monthGroupYear(found.groupMonthOffset, clock), offsetMonth);
}

function monthText(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
