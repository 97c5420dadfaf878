import { firstVisible, textOf } from '../dom';
import type { OrdersSeen } from '../shown-date-order';
import type { PageClock } from '../types';
import type { FoundItem } from './find-items';
import { monthOfGroup, namedMonthOfGroup, nearMonthTurn } from './group-month';
import { SEL } from './selectors';
import { headerLine, leafTexts } from './structure';

/** A numeric date with slashes or dashes, optionally with a time: "6/11/2026", "3/11/26 10:00". */
const NUMERIC_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?:\s+\d{1,2}[:.]\d{2}.*)?$/;

/**
 * What the timeline's past groups show of the order of numeric dates: an item printed "6/11/2026"
 * under "November • 2026" is 6 November, so the page prints day first, though its digits alone
 * read either way (an `en-US` page of a user with the English (Australia) locale; a Spanish page of
 * one with Spanish (United States) prints "11/5/2026" under "noviembre • 2026"). Only the item's
 * own date counts, its date element or else the line of its subject (its details may show another
 * day, "Created 11/10/2026"), and only a date of its group's year that one reading puts in the
 * group's month and the other does not. A group named relative to today ("This Month", "Last
 * Month") counts only away from a month's turn: its month is counted in the user's Salesforce time
 * zone, which may be a day off the clock's (group-month.ts), so "11/12/2026" under "This Month" on
 * 1 December 02:00 UTC (30 November in Los Angeles) says nothing of the order.
 */
export function groupDayOrder(items: readonly FoundItem[], clock: PageClock): OrdersSeen {
  const seen: OrdersSeen = { dayFirst: false, monthFirst: false };
  const relativeToo = !nearMonthTurn(clock);
  for (const found of items) {
    const month = relativeToo ? monthOfGroup(found, clock) : namedMonthOfGroup(found);
    if (!month) continue;
    const [year, groupMonth] = month.split('-').map(Number) as [number, number];
    for (const text of dateTexts(found.el))
      for (const part of text.split(/[,|•·]/)) {
        const m = part.replace(/\s+/g, ' ').trim().match(NUMERIC_DATE);
        if (!m || !sameYear(m[4] as string, year)) continue;
        const first = Number(m[1]);
        const second = Number(m[3]);
        if (second === groupMonth && first !== groupMonth) seen.dayFirst = true;
        if (first === groupMonth && second !== groupMonth) seen.monthFirst = true;
      }
  }
  return seen;
}

/** An item's date element's text, else the texts beside its subject on its line (item-text.ts reads the same). */
function dateTexts(item: Element): string[] {
  const shown = textOf(firstVisible(item, SEL.itemDate));
  if (shown) return [shown];
  const subject = firstVisible(item, SEL.subject);
  const line = subject ? headerLine(subject, item) : undefined;
  return line && subject ? leafTexts(line, (leaf) => subject.contains(leaf)) : [];
}

/** A printed year ("2026", "26") that is the group's. */
function sameYear(printed: string, year: number): boolean {
  return printed.length === 4 ? Number(printed) === year : Number(printed) === year % 100;
}
