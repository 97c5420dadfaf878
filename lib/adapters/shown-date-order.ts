import { clockKind } from '../locale/clock-kind';
import { namedDateOrder } from '../locale/named-date-order';

/**
 * A numeric date standing as a value of its own: slashes and dashes, optionally with a time.
 * Dots are always day first (calendar-date.ts), so a dotted date says nothing of the order of the
 * page's others.
 */
const VALUE_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})(?:\s+\d{1,2}[:.]\d{2}.*)?$/;

/**
 * A part holding only a time ("16:45" of "16:45 | 18 Nov"). A date with a month name counts only
 * when nothing but such times comes before it in its text: a quoted mail header ("Sent: Wednesday,
 * 18 November 2026 14:05", "On Wed, Nov 18, 2026 at 2:15 PM … wrote:") prints its writer's format,
 * not the page's, after words of its own.
 */
const TIME_ALONE = /^\d{1,2}[:.h]\d{2}(?: ?[ap]\.? ?m\.?)?$/i;

/** Which orders some dates showed: both true when they disagree. */
export interface OrdersSeen {
  dayFirst: boolean;
  monthFirst: boolean;
}

/** What the dates a page prints as values show of the order of its numeric dates. */
export interface ShownDateOrder {
  /** Numeric dates that can only be one order: "19/11/2026" day first, "11/19/2026" month first. */
  numeric: OrdersSeen;
  /** Dates with a month name: "18 Nov" day first, "Nov 18" month first. */
  named: OrdersSeen;
  /** Times printed beside those dates: with am/pm ("9:15 AM"), or past noon without ("14:15"). */
  twelveHour: boolean;
  pastNoon24: boolean;
}

/**
 * What the page's dates show of their order (page-day-order.ts weighs it). Only values count (a
 * field, a cell, a part of one between commas, bars or dots: "Alex Morgan, 9/28/2026, 4:10 PM";
 * "16:45 | 18 Nov"), and only the times in a text holding such a date: a date inside someone's
 * words ("Could we meet on 23/11/2026?" in an email) follows its writer's habits, not the page's,
 * and a lone "14:32" may be a call's length.
 */
export function shownDateOrder(root: Element): ShownDateOrder {
  const shown: ShownDateOrder = {
    numeric: { dayFirst: false, monthFirst: false },
    named: { dayFirst: false, monthFirst: false },
    twelveHour: false,
    pastNoon24: false,
  };
  // Text node by text node: `textContent` runs adjacent cells together ("Morgan19/11/2026").
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    let dated = false;
    let onlyTimesBefore = true;
    for (const part of text.split(/[,|•·]/)) {
      const value = part.replace(/\s+/g, ' ').trim();
      dated = seeNumeric(value, shown.numeric) || (onlyTimesBefore && seeNamed(value, shown.named)) || dated;
      onlyTimesBefore &&= TIME_ALONE.test(value);
    }
    if (!dated) continue;
    const clock = clockKind(text);
    shown.twelveHour ||= clock.twelveHour;
    shown.pastNoon24 ||= clock.pastNoon24;
  }
  return shown;
}

function seeNumeric(value: string, seen: OrdersSeen): boolean {
  const m = value.match(VALUE_DATE);
  if (!m) return false;
  if (Number(m[1]) > 12 && Number(m[3]) <= 12) seen.dayFirst = true;
  if (Number(m[3]) > 12 && Number(m[1]) <= 12) seen.monthFirst = true;
  return true;
}

function seeNamed(value: string, seen: OrdersSeen): boolean {
  const order = namedDateOrder(value);
  if (order === 'day-first') seen.dayFirst = true;
  if (order === 'month-first') seen.monthFirst = true;
  return order !== undefined;
}
