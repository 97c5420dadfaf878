import type { PageClock } from '../adapters/types';
import { addDays, addMonths, type CalendarDay, today, weekdayOf } from './calendar-day';
import { weekdayNumber } from './calendar-names';
import type { UnitWord } from './date-words/schema';
import { type DatePatterns, datePatterns } from './language-patterns';

const UNIT_MS: Partial<Record<UnitWord, number>> = { second: 1000, minute: 60_000, hour: 3_600_000 };

/**
 * An instant worked out from a count of seconds, minutes or hours ("3 hours ago": to order and
 * compare items; the page shows no time of day), or the day a count of days or more falls on.
 */
export type CountedDate = { instant: Date } | { day: CalendarDay };

/**
 * "just now", "vor 5 Minuten", "il y a 3 jours", "2 dagen geleden", "in 2 days" in any of the
 * given languages. Day-level counts resolve to that day, so the same text read minutes apart
 * gives the same date; an instant from a smaller count is keyed by its day too (lib/keys.ts).
 */
export function readCountedDate(text: string, clock: PageClock, langs: string[]): CountedDate | undefined {
  for (const p of patterns(langs)) {
    if (p.now.has(text)) return { instant: clock.now };
    for (const [regex, sign] of [
      [p.ago, -1],
      [p.ahead, 1],
    ] as const) {
      const m = text.match(regex);
      // A bare count ("2 days") is a duration, not a date: it needs its "ago" or "in".
      if (!m || (!m[1] && !m[4])) continue;
      const n = sign * (p.one.has(m[2] as string) ? 1 : Number(m[2]));
      return shifted(n, p.units.get(m[3] as string) as UnitWord, clock);
    }
  }
  return undefined;
}

/** "Yesterday", "Gestern", "avant-hier", "Monday", "last Monday" (the most recent such weekday before today). */
export function readNamedDay(text: string, clock: PageClock, langs: string[]): CalendarDay | undefined {
  const words = text.split(' ');
  for (const p of patterns(langs)) {
    const offset = p.days.get(text);
    if (offset !== undefined) return addDays(today(clock), offset);
    const named = words.filter((w) => !p.previous.has(w));
    if (named.length !== 1 || words.length > 2) continue;
    const weekday = weekdayNumber(named[0] as string);
    if (weekday === undefined) continue;
    const now = today(clock);
    return addDays(now, -((weekdayOf(now) - weekday + 7) % 7 || 7));
  }
  return undefined;
}

function shifted(n: number, unit: UnitWord, clock: PageClock): CountedDate {
  const ms = UNIT_MS[unit];
  if (ms) return { instant: new Date(clock.now.getTime() + n * ms) };
  const now = today(clock);
  if (unit === 'day' || unit === 'week') return { day: addDays(now, n * (unit === 'week' ? 7 : 1)) };
  return { day: addMonths(now, n * (unit === 'year' ? 12 : 1)) };
}

function patterns(langs: string[]): DatePatterns[] {
  return langs.map(datePatterns).filter((p): p is DatePatterns => !!p);
}
