import { zonedDay } from '../../zoned-day';
import { parsePageDate } from '../dates';
import type { PageClock } from '../types';

const TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const HALF_YEAR_MS = 183 * 86_400_000;

/**
 * Reads a timeline date as Lightning prints it: "3:15 PM | Nov 18", "Nov 18", "Today",
 * "Yesterday", "Nov 18, 2025", with an "Overdue" marker on late tasks (the " | " layout is
 * from Lightning's timeline; other forms go to parsePageDate). A day without a year takes the
 * year of its month group ("November • 2026") when known; upcoming items look forward.
 */
export function parseTimelineDate(
  raw: string,
  clock: PageClock,
  context: { groupYear?: number; upcoming: boolean },
): string | undefined {
  const text = raw
    .replace(/\boverdue\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  const parts = text
    .split(/\s*[|•]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const time = parts.find((p) => TIME.test(p));
  const day = parts.filter((p) => p !== time).join(' ');
  if (!day) return time ? parsePageDate(`today at ${time}`, clock) : undefined;
  const joined = time ? `${day}${/^(today|yesterday|tomorrow)$/i.test(day) ? ' at' : ''} ${time}` : day;
  if (/\b\d{4}\b/.test(day) || !/^[a-z]{3,9}\.? \d{1,2}$/i.test(day)) return parsePageDate(joined, clock);
  const year = context.groupYear ?? (context.upcoming ? zonedYear(clock) : undefined);
  if (year === undefined) return parsePageDate(joined, clock);
  const withYear = (y: number) => parsePageDate(time ? `${day}, ${y} ${time}` : `${day}, ${y}`, clock);
  const read = withYear(year);
  if (read && context.upcoming && context.groupYear === undefined) {
    if (Date.parse(read) < clock.now.getTime() - HALF_YEAR_MS) return withYear(year + 1);
  }
  return read;
}

/** A month group heading's year: "November • 2026", "November 2026". */
export function groupYearOf(heading: string): number | undefined {
  const m = heading.trim().match(/^[a-z]+\.?\s*[•·,-]?\s*((?:19|20)\d{2})$/i);
  return m ? Number(m[1]) : undefined;
}

function zonedYear(clock: PageClock): number {
  return Number(zonedDay(clock.now, clock.timeZone).slice(0, 4));
}
