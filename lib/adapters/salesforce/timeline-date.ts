import { type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';

const TIME = /^\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr)?$/i;
const HALF_YEAR_MS = 183 * 86_400_000;

export interface TimelineDateContext {
  /** The year of the month group holding the item ("November • 2026"), where there is one. */
  groupYear?: number;
  upcoming: boolean;
  /** Late markers to drop before reading ("Overdue", "Überfällig"). */
  overdue?: readonly string[];
}

/**
 * Reads a timeline date as Lightning prints it: "3:15 PM | Nov 18", "15:15 | 18. Nov.", "Today",
 * "Yesterday", "Nov 18, 2025", "10:00am | 3/23/17", with a late marker on overdue tasks (the
 * " | " layout is from Lightning's timeline and the SLDS blueprint; the rest goes to the page
 * locale's reader). A day without a year takes its month group's year when known; upcoming
 * items look forward, unless marked overdue (then it is the most recent such day).
 */
export function parseTimelineDate(
  raw: string,
  clock: PageClock,
  context: TimelineDateContext,
  locale?: PageLocale,
): PageDate | undefined {
  let text = raw.replace(/\s+/g, ' ');
  const markers = ['Overdue', ...(context.overdue ?? [])];
  const overdue = markers.some((marker) => text.includes(marker));
  for (const marker of markers) text = text.split(marker).join(' ');
  const parts = text
    .split(/\s*[|•·]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const time = parts.find((p) => TIME.test(p));
  const day = parts.filter((p) => p !== time).join(' ');
  const read = (s: string) => readPageDate(s, clock, locale);
  if (!day) return time ? read(`today ${time}`) : undefined;
  const joined = time ? `${day}, ${time}` : day;
  if (/\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}\b/.test(day)) return read(joined) ?? read(`${day} ${time ?? ''}`.trim());
  const year = context.groupYear ?? (context.upcoming ? zonedYear(clock) : undefined);
  const withYear = (y: number) => read(time ? `${day} ${y}, ${time}` : `${day} ${y}`);
  const dated = year === undefined ? undefined : withYear(year);
  if (!dated || year === undefined) return read(joined) ?? read(`${day} ${time ?? ''}`.trim());
  if (context.upcoming && context.groupYear === undefined) {
    // Overdue is past: the most recent such day, however long the task has been left open.
    if (overdue) return Date.parse(dated.timestamp) > clock.now.getTime() ? (withYear(year - 1) ?? dated) : dated;
    if (Date.parse(dated.timestamp) < clock.now.getTime() - HALF_YEAR_MS) return withYear(year + 1) ?? dated;
  }
  return dated;
}

/** A month group heading's year: "November • 2026", "Novembre 2026", "This Month" (none). */
export function groupYearOf(heading: string): number | undefined {
  const m = heading.trim().match(/^\p{L}+\.?\s*[•·,-]?\s*((?:19|20)\d{2})$/u);
  return m ? Number(m[1]) : undefined;
}

function zonedYear(clock: PageClock): number {
  return Number(zonedDay(clock.now, clock.timeZone).slice(0, 4));
}
