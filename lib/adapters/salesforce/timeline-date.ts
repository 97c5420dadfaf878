import { monthNumber } from '../../locale/calendar-names';
import { type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { zonedDay } from '../../zoned-day';
import { OVERDUE_WINDOW_MS } from '../overdue-window';
import type { PageClock } from '../types';

const TIME_TEXT = String.raw`\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr)?`;
const TIME = new RegExp(`^${TIME_TEXT}$`, 'i');
/** An Event's "10:00 AM – 11:00 AM": it is held at its start. */
const TIME_RANGE = new RegExp(`^(${TIME_TEXT})\\s*[-–—]\\s*${TIME_TEXT}$`, 'i');

export interface TimelineDateContext {
  /** The year of the month group holding the item ("November • 2026"), where there is one. */
  groupYear?: number;
  /** That group's month (1–12), beside `groupYear`: a past group's, named or relative ("This Month"). */
  groupMonth?: number;
  /**
   * The item is listed below an item of its group dated in the group's month: the page lists past
   * activities newest first, so the item is no newer than that month.
   */
  belowGroupMonth?: true;
  /** Under a yearless group named relative to today in wording no table has (FoundItem's `relativeGroup`). */
  relativeGroup?: true;
  upcoming: boolean;
  /** Late markers to drop before reading ("Overdue", "Überfällig"). */
  overdue?: readonly string[];
  /**
   * `marked`: the item is marked late outside this text (a marker of its own beside the date, its
   * sentence); `unreadable`: the page's language has no table, so no marker could be read.
   */
  late?: 'marked' | 'unreadable';
}

/**
 * Reads a timeline date as Lightning prints it: "3:15 PM | Nov 18", "15:15 | 18. Nov.", "Today",
 * an Event's "10:00 AM – 11:00 AM | Nov 25" (its start),
 * "Yesterday", "Nov 18, 2025", "10:00am | 3/23/17", with a late marker on overdue tasks (the
 * " | " layout is from Lightning's timeline and the SLDS blueprint; the rest goes to the page
 * locale's reader). A day without a year takes its month group's year when known (last year's for
 * a done item of a later month than its group's, listed below the group's own items); an upcoming
 * item is at most OVERDUE_WINDOW_MS back, unless marked overdue (then it is the most recent such
 * day), or the nearest such day when no marker can be read. A done item under a relative group
 * whose month is not known (a yearless heading in wording no table has) is this month's when its
 * month is this one, else the most recent such day (lib/locale's rule for any day without a year).
 */
export function parseTimelineDate(
  raw: string,
  clock: PageClock,
  context: TimelineDateContext,
  locale?: PageLocale,
): PageDate | undefined {
  let text = raw.replace(/\s+/g, ' ');
  const markers = ['Overdue', ...(context.overdue ?? [])];
  const overdue = context.late === 'marked' || markers.some((marker) => text.includes(marker));
  for (const marker of markers) text = text.split(marker).join(' ');
  const parts = text
    .split(/\s*[|•·]\s*/)
    .map((p) => p.trim())
    .map((p) => p.match(TIME_RANGE)?.[1]?.trim() ?? p)
    .filter(Boolean);
  const time = parts.find((p) => TIME.test(p));
  const day = parts.filter((p) => p !== time).join(' ');
  const read = (s: string) => readPageDate(s, clock, locale);
  if (!day) return time ? read(`today ${time}`) : undefined;
  const joined = time ? `${day}, ${time}` : day;
  if (/\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}\b/.test(day)) return read(joined) ?? read(`${day} ${time ?? ''}`.trim());
  const relative = !!context.relativeGroup && !context.upcoming && context.groupYear === undefined;
  const year = context.groupYear ?? (context.upcoming || relative ? zonedYear(clock) : undefined);
  const withYear = (y: number) => read(time ? `${day} ${y}, ${time}` : `${day} ${y}`);
  const dated = year === undefined ? undefined : withYear(year);
  if (!dated || year === undefined) return read(joined) ?? read(`${day} ${time ?? ''}`.trim());
  // Lightning's yearless past groups are "This Month" and its like (crm-evidence-2.md; older months
  // carry their year): a task done before its due day is listed there with that day, ahead this
  // month. Any other month is behind: a done "Dec 28" read on 20 Nov was last December, never
  // five weeks ahead (a "Next Month" group is a guess of the tables, read there by its words).
  if (relative) return sameMonth(dated, clock) ? dated : (read(joined) ?? dated);
  if (context.upcoming && context.groupYear === undefined) {
    // Overdue is past: the most recent such day, however long the task has been left open.
    if (overdue) return Date.parse(dated.timestamp) > clock.now.getTime() ? (withYear(year - 1) ?? dated) : dated;
    // Whether it is marked cannot be read: the occurrence nearest today ("Nov 18" two days ago is
    // more likely overdue than a year off), the rule below being only as good as the marker.
    if (context.late === 'unreadable') return nearest([withYear(year - 1), dated, withYear(year + 1)], clock) ?? dated;
    // Unmarked: overdue lately or ahead (OVERDUE_WINDOW_MS), the earliest such day no further back,
    // so "Jul 15" there on 20 Nov is next July, not four months ago, while "Nov 18" is two days
    // overdue should its marker be missed (a colour only, a wording not in the table), and "Dec 20"
    // on 10 January three weeks overdue, last year's.
    const earliest = clock.now.getTime() - OVERDUE_WINDOW_MS;
    const days = [withYear(year - 1), dated, withYear(year + 1)];
    return days.find((d) => d !== undefined && Date.parse(d.timestamp) >= earliest) ?? dated;
  }
  // A past group's day of a later month than the group's ("Dec 28" under "October • 2026", its own
  // heading gone) is not of the group's year as shown: listed below the group's own items it is
  // older than they are, last year's. Above them it is newer, of the group's year, unless that is
  // ahead of today (inGroupMonth reports it then).
  if (!context.upcoming && context.belowGroupMonth && afterMonth(dated, year, context.groupMonth, clock))
    return withYear(year - 1) ?? dated;
  return dated;
}

/** A day after the month `month` of `year`. */
function afterMonth(date: PageDate, year: number, month: number | undefined, clock: PageClock): boolean {
  if (month === undefined) return false;
  return zonedDay(date.timestamp, clock.timeZone).slice(0, 7) > `${year}-${String(month).padStart(2, '0')}`;
}

function sameMonth(date: PageDate, clock: PageClock): boolean {
  return zonedDay(date.timestamp, clock.timeZone).slice(0, 7) === zonedDay(clock.now, clock.timeZone).slice(0, 7);
}

function nearest(dates: (PageDate | undefined)[], clock: PageClock): PageDate | undefined {
  const away = (d: PageDate) => Math.abs(Date.parse(d.timestamp) - clock.now.getTime());
  return dates.filter((d) => d !== undefined).sort((a, b) => away(a) - away(b))[0];
}

/** A month group's heading, a month's name and its year: "November • 2026", "Novembre 2026", "nov. 2026". */
const MONTH_GROUP = /^(\p{L}+)\.?\s*[•·,-]?\s*((?:19|20)\d{2})$/u;

/** A month group heading's year: "November • 2026", "Novembre 2026", "This Month" (none). */
export function groupYearOf(heading: string): number | undefined {
  const m = heading.trim().match(MONTH_GROUP);
  return m ? Number(m[2]) : undefined;
}

/** A month group heading's month (1–12): "November • 2026" 11, "noviembre • 2026" 11, "This Month" (none). */
export function groupMonthOf(heading: string): number | undefined {
  const name = heading.trim().match(MONTH_GROUP)?.[1];
  return name ? monthNumber(name) : undefined;
}

/** The year of the month `offset` months from the clock's (a "Last Month" group in January is last year's). */
export function monthGroupYear(offset: number, clock: PageClock): number {
  const [year, month] = zonedDay(clock.now, clock.timeZone).split('-').map(Number) as [number, number];
  return year + Math.floor((month - 1 + offset) / 12);
}

function zonedYear(clock: PageClock): number {
  return Number(zonedDay(clock.now, clock.timeZone).slice(0, 4));
}
