import type { PageClock } from '../adapters/types';
import { addDays, type CalendarDay, today, weekdayOf } from './calendar-day';
import { weekdayNumberIn } from './calendar-names';
import type { UnitWord } from './date-words/schema';
import { type DatePatterns, datePatterns } from './language-patterns';
import { takeTimeOfDay } from './time-of-day';

const UNIT_MS: Partial<Record<UnitWord, number>> = { second: 1000, minute: 60_000, hour: 3_600_000 };

/**
 * An instant worked out from a count of seconds, minutes or hours ("3 hours ago": to order and
 * compare items; the page shows no time of day), the day a count of days falls on, or `no day`
 * for a count of weeks, months or years.
 */
export type CountedDate = { instant: Date } | { day: CalendarDay } | 'no day';

/**
 * "2 weeks ago" is any day 14 to 20 days back and "a month ago" any of several weeks, and the text
 * stays the same while the days pass: a day worked out from it would move between visits, giving
 * the same item another day and key each time. Such a count names no day.
 */
const NAMES_NO_DAY: ReadonlySet<UnitWord> = new Set(['week', 'month', 'year']);

/**
 * "just now", "vor 5 Minuten", "il y a 3 jours", "2 dagen geleden", "in 2 days" in any of the
 * given languages. Day counts resolve to that day, so the same text read minutes apart gives the
 * same date; an instant from a smaller count is keyed by its day too (lib/keys.ts). "Last month"
 * ("vorige maand", "mese scorso") is a count of one month back: it names no day either.
 */
export function readCountedDate(text: string, clock: PageClock, langs: string[]): CountedDate | undefined {
  for (const p of patterns(langs)) {
    if (p.now.has(text)) return { instant: clock.now };
    if (lastUnitNamingNoDay(text, p)) return 'no day';
    const count = countIn(text, p);
    if (count) return shifted(count.n, count.unit, clock);
  }
  return undefined;
}

/** A count of units back (negative `n`) or ahead: "2 weeks ago" is -2 weeks, "last month" -1 month. */
export interface UnitCount {
  n: number;
  unit: UnitWord;
  /** Said as "last month", "vorige maand": the calendar unit before this one may be meant as well. */
  last?: true;
}

/**
 * The count of a text `readCountedDate` reads as naming no day ("2 weeks ago", "in a month", "last
 * year"): which days it can mean depends on when it was read (coarse-window.ts).
 */
export function readCountNamingNoDay(text: string, langs: string[]): UnitCount | undefined {
  for (const p of patterns(langs)) {
    if (p.now.has(text)) return undefined;
    const last = lastUnitNamingNoDay(text, p);
    if (last) return { n: -1, unit: last, last: true };
    const count = countIn(text, p);
    if (count) return NAMES_NO_DAY.has(count.unit) ? count : undefined;
  }
  return undefined;
}

function countIn(text: string, p: DatePatterns): UnitCount | undefined {
  for (const [regex, sign] of [
    [p.ago, -1],
    [p.ahead, 1],
  ] as const) {
    const m = text.match(regex);
    // A bare count ("2 days") is a duration, not a date: it needs its "ago" or "in".
    if (!m || (!m[1] && !m[4])) continue;
    const n = sign * (p.one.has(m[2] as string) ? 1 : Number(m[2]));
    return { n, unit: p.units.get(m[3] as string) as UnitWord };
  }
  return undefined;
}

/**
 * Whether a date is of something done (a history looks back) or of something planned (looks
 * ahead): a weekday named alone is the last one in the one, the next one in the other.
 */
export type DateTense = 'past' | 'planned';

/**
 * "Yesterday", "Gestern", "avant-hier", "Monday", "last Monday". A weekday alone is the most recent
 * one before today, or, `planned`, the next one after today: a page names today "Today", so a
 * "Friday" read on a Friday is a week away either way. With a "previous" word it is the most
 * recent one in either tense.
 */
export function readNamedDay(
  text: string,
  clock: PageClock,
  langs: string[],
  tense?: DateTense,
): CalendarDay | undefined {
  const words = text.split(' ');
  for (const p of patterns(langs)) {
    const offset = p.days.get(text);
    if (offset !== undefined) return addDays(today(clock), offset);
    const named = words.filter((w) => !p.previous.has(w));
    if (named.length !== 1 || words.length > 2) continue;
    const weekday = weekdayNumberIn(named[0] as string, langs);
    if (weekday === undefined) continue;
    const now = today(clock);
    if (tense === 'planned' && words.length === 1) return addDays(now, (weekday - weekdayOf(now) + 7) % 7 || 7);
    return addDays(now, -((weekdayOf(now) - weekday + 7) % 7 || 7));
  }
  return undefined;
}

/**
 * The unit of a "previous" word beside a week, month or year unit, in either order ("vorige
 * maand", "last year", "settimana scorsa"), with or without a time of day after it ("vorige maand
 * 14:30", "vorige maand om 14:30"): a time names no day either. Read as "last <weekday>" instead, Dutch
 * "maand" (month) starts "maandag" (Monday) and "vorige maand" was dated last Monday.
 */
function lastUnitNamingNoDay(text: string, p: DatePatterns): UnitWord | undefined {
  const taken = takeTimeOfDay(text);
  const timed = taken !== undefined && taken !== 'invalid';
  const words = (timed ? taken.rest : text).split(/[\s,|·•]+/).filter((w) => w && !(timed && p.connectors.includes(w)));
  if (words.length !== 2) return undefined;
  const [first, second] = words as [string, string];
  const unit = p.previous.has(first) ? p.units.get(second) : p.previous.has(second) ? p.units.get(first) : undefined;
  return unit !== undefined && NAMES_NO_DAY.has(unit) ? unit : undefined;
}

function shifted(n: number, unit: UnitWord, clock: PageClock): CountedDate {
  const ms = UNIT_MS[unit];
  if (ms) return { instant: new Date(clock.now.getTime() + n * ms) };
  if (NAMES_NO_DAY.has(unit)) return 'no day';
  return { day: addDays(today(clock), n) };
}

function patterns(langs: string[]): DatePatterns[] {
  return langs.map(datePatterns).filter((p): p is DatePatterns => !!p);
}
