import { zonedDay as zonedDayText, zonedTimeToUtc } from '../zoned-day';
import type { PageClock } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, second: 1000 };

interface DayParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads a date as CRM pages print it, absolute ("Nov 18, 2026 at 3:15 PM", "18/11/2026",
 * "2026-11-18T15:00:00Z") or relative ("2 days ago", "Yesterday at 3:15 PM", "Jan 5"),
 * resolved against the page clock and zone. Returns ISO 8601 UTC, or undefined when the text
 * is not a date this function understands: callers keep the raw text, never a guess.
 * `dayFirst` reads 05/11/2026 as 5 November (most non-US locales).
 */
export function parsePageDate(raw: string, clock: PageClock, dayFirst = false): string | undefined {
  const text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\u202f/g, ' ')
    .toLowerCase();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}t[\d:.]+(z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const d = new Date(raw.trim());
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  return relativeInstant(text, clock) ?? absoluteInstant(text, clock, dayFirst);
}

function relativeInstant(text: string, clock: PageClock): string | undefined {
  if (text === 'just now' || text === 'now' || text === 'a few seconds ago') return clock.now.toISOString();
  const ago = text.match(/^(a|an|\d+) (second|minute|hour|day|week)s? ago$/);
  if (ago) {
    const n = ago[1] === 'a' || ago[1] === 'an' ? 1 : Number(ago[1]);
    const unit = ago[2] as string;
    if (unit in UNIT_MS) return new Date(clock.now.getTime() - n * (UNIT_MS[unit] as number)).toISOString();
    // A day-level "2 days ago" says nothing of the time: the start of that day, like "Yesterday",
    // so the same text read minutes apart gives the same instant (and the same key).
    return atTime(shiftDays(zonedDay(clock), -n * (unit === 'week' ? 7 : 1)), { hour: 0, minute: 0 }, clock);
  }
  const named = text.match(/^(today|yesterday|tomorrow)(?:,? (?:at )?(.+))?$/);
  if (named) {
    const offset = named[1] === 'today' ? 0 : named[1] === 'yesterday' ? -1 : 1;
    const time = named[2] ? parseTime(named[2]) : { hour: 0, minute: 0 };
    return time ? atTime(shiftDays(zonedDay(clock), offset), time, clock) : undefined;
  }
  const weekday = text.match(
    /^(?:last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:,? (?:at )?(.+))?$/,
  );
  if (weekday) {
    const today = zonedDay(clock);
    const todayIndex = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const back = (todayIndex - WEEKDAYS.indexOf(weekday[1] as string) + 7) % 7 || 7;
    const time = weekday[2] ? parseTime(weekday[2]) : { hour: 0, minute: 0 };
    return time ? atTime(shiftDays(today, -back), time, clock) : undefined;
  }
  return undefined;
}

function absoluteInstant(text: string, clock: PageClock, dayFirst: boolean): string | undefined {
  const [datePart, timePart] = splitDateTime(text);
  const day = parseDay(datePart, clock, dayFirst);
  if (!day) return undefined;
  const time = timePart ? parseTime(timePart) : { hour: 0, minute: 0 };
  return time ? atTime(day, time, clock) : undefined;
}

function splitDateTime(text: string): [string, string | undefined] {
  const at = text.match(/^(.*?)(?:,? at |, | )(\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)$/);
  return at ? [at[1] as string, at[2]] : [text, undefined];
}

function parseDay(text: string, clock: PageClock, dayFirst: boolean): DayParts | undefined {
  const t = text
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? /, '')
    .replace(/,/g, '')
    .trim();
  let m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = t.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(Number(m[3]));
    return dayFirst || t.includes('.') ? valid(year, b, a) : valid(year, a, b);
  }
  m = t.match(/^([a-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/);
  if (m) return monthDay(m[1] as string, Number(m[2]), m[3], clock);
  m = t.match(/^(\d{1,2})(?:st|nd|rd|th)?\.? ([a-z]{3})[a-z]*\.?(?: (\d{4}))?$/);
  if (m) return monthDay(m[2] as string, Number(m[1]), m[3], clock);
  return undefined;
}

/** A day without a year is the most recent such day not after today (timelines look back). */
function monthDay(
  monthName: string,
  day: number,
  yearText: string | undefined,
  clock: PageClock,
): DayParts | undefined {
  const month = MONTHS.indexOf(monthName) + 1;
  if (month === 0) return undefined;
  if (yearText) return valid(Number(yearText), month, day);
  const today = zonedDay(clock);
  const thisYear = valid(today.year, month, day);
  if (thisYear && (month < today.month || (month === today.month && day <= today.day + 1))) return thisYear;
  return valid(today.year - 1, month, day);
}

function parseTime(text: string): { hour: number; minute: number } | undefined {
  const m = text.trim().match(/^(\d{1,2}):(\d{2})(?::\d{2})?(?: ?([ap])\.?m\.?)?$/);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (m[3] === 'p' ? 12 : 0);
  }
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function valid(year: number, month: number, day: number): DayParts | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCDate() === day ? { year, month, day } : undefined;
}

function zonedDay(clock: PageClock): DayParts {
  const [year, month, day] = zonedDayText(clock.now, clock.timeZone).split('-').map(Number);
  return { year: year as number, month: month as number, day: day as number };
}

function shiftDays(d: DayParts, days: number): DayParts {
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function atTime(d: DayParts, t: { hour: number; minute: number }, clock: PageClock): string {
  return zonedTimeToUtc(d, t, clock.timeZone).toISOString();
}
