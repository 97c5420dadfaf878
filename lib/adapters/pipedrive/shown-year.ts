import { weekdayNumber } from '../../locale/calendar-names';
import { fold } from '../../locale/fold';
import { type DateTense, type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { takeTimeOfDay } from '../../locale/time-of-day';
import { zonedDay } from '../../zoned-day';
import { OVERDUE_WINDOW_MS } from '../overdue-window';
import type { PageClock } from '../types';
import type { NumericDay } from './weekday-numeric-day';

/**
 * Whether a date is of something done (the timeline's history), of something planned (Focus, "Next
 * activity date"), or of an activity ticked done, whose date may be its due day still ahead.
 */
export type Tense = DateTense | 'done';

/**
 * How far ahead a done activity's due day printed without a year may lie and still be this year's:
 * a week. A rep reaches someone a few days before the call planned for next week and ticks it done
 * (Pipedrive keeps the due day, read-timeline.ts marks it done ahead); a done day further ahead is
 * far more often last year's, an item of an older history ("Dec 5" read on 20 November), than one
 * ticked off weeks early, which would count as a touch now.
 */
const DONE_EARLY_MS = 7 * 86_400_000;

/**
 * The date a day shown without its year means ("Dec 5", "5. Dez. um 10:00", "Tue, Jan 12").
 * lib/locale reads such a day as the latest one not after tomorrow (timelines look back) and
 * passes over a leading weekday. A year a header above the item shows (`headerYear`: "November
 * 2025", "Mittwoch, 18. November 2025") is the day's year. Else, among last year, this year and
 * next year:
 * - a shown weekday picks the year whose calendar has that day on that weekday (three years in a
 *   row never share one); where none has, the date is not guessed and the reason is returned;
 * - a planned day is the first one from OVERDUE_WINDOW_MS back on: overdue if lately, else ahead
 *   (Pipedrive keeps an activity not done in Focus, overdue, until it is ticked off);
 * - a done activity's day is the latest one not more than DONE_EARLY_MS ahead: its due day, which
 *   it may have been ticked done before;
 * - a day of the past keeps lib/locale's reading.
 * `pastRead` is lib/locale's reading of `text` with no tense given, which takes a weekday alone
 * ("Monday 10:00 AM") as last week's: a planned text is read again in its tense, next week's. That
 * reading is returned as it is where there is no year to choose (the text shows its year, or is
 * relative: "Tomorrow at 10:00", "Monday").
 */
export function inShownYear(
  text: string,
  pastRead: PageDate,
  clock: PageClock,
  locale: PageLocale,
  tense: Tense,
  headerYear?: number,
): PageDate | { reason: string } {
  const read = tense === 'planned' ? (readPageDate(text, clock, locale, tense) ?? pastRead) : pastRead;
  const weekday = leadingWeekday(text, clock, locale);
  const inHeader = headerYear === undefined ? undefined : readPageDate(`${text} ${headerYear}`, clock, locale);
  if (inHeader) return onItsWeekday([inHeader], weekday, text, clock, `${headerYear}, the year above it`);
  // A day of the past without a weekday keeps lib/locale's reading: no year to try (most of a history).
  if (weekday === undefined && tense === 'past') return read;
  const years = inEachYear((y) => `${text} ${y}`, clock, locale);
  if (years.length === 0) return read;
  if (weekday !== undefined) return onItsWeekday(years, weekday, text, clock, NEAR_YEARS);
  if (tense === 'done') {
    const until = clock.now.getTime() + DONE_EARLY_MS;
    return [...years].reverse().find((date) => Date.parse(date.timestamp) <= until) ?? read;
  }
  const from = clock.now.getTime() - OVERDUE_WINDOW_MS;
  return years.find((date) => Date.parse(date.timestamp) >= from) ?? read;
}

/**
 * A weekday, then a numeric day and month without a year ("Do., 15.10. 14:30": weekday-numeric-day.ts),
 * in the year a header above shows, else in the one of last year, this year and next year whose
 * calendar has that day on that weekday, as for a day with its month named; never the weekday alone.
 */
export function numericDayInShownYear(
  day: NumericDay,
  clock: PageClock,
  locale: PageLocale,
  headerYear?: number,
): PageDate | { reason: string } {
  if (headerYear !== undefined) {
    const inHeader = readPageDate(day.inYear(headerYear), clock, locale);
    return inHeader
      ? onItsWeekday([inHeader], day.weekday, day.shown, clock, `${headerYear}, the year above it`)
      : { reason: `could not read the date "${day.shown}"` };
  }
  const years = inEachYear(day.inYear, clock, locale);
  return years.length > 0
    ? onItsWeekday(years, day.weekday, day.shown, clock, NEAR_YEARS)
    : { reason: `could not read the date "${day.shown}"` };
}

const NEAR_YEARS = 'last year, this year or next year';

/** The first of `dates` on the weekday the text shows (any, where it shows none); else why none is taken. */
function onItsWeekday(
  dates: PageDate[],
  weekday: number | undefined,
  text: string,
  clock: PageClock,
  years: string,
): PageDate | { reason: string } {
  return (
    dates.find((date) => weekday === undefined || weekdayOf(date, text, clock) === weekday) ?? {
      reason: `the date "${text}" is on its weekday in none of ${years}`,
    }
  );
}

/**
 * The text read in last year, this year and next year: nothing for a text with its own year, a
 * relative one, or a 29 February none of the three has.
 */
function inEachYear(inYear: (year: number) => string, clock: PageClock, locale: PageLocale): PageDate[] {
  const year = Number(zonedDay(clock.now, clock.timeZone).slice(0, 4));
  return [year - 1, year, year + 1]
    .map((y) => readPageDate(inYear(y), clock, locale))
    .filter((date): date is PageDate => date !== undefined);
}

/** The weekday (0 = Sunday) a text starts with, where the rest is a date by itself ("Mar 12" starts with a month). */
function leadingWeekday(text: string, clock: PageClock, locale: PageLocale): number | undefined {
  const [first = '', ...rest] = text.trim().split(/[\s,]+/);
  const weekday = weekdayNumber(first);
  return weekday !== undefined && readPageDate(rest.join(' '), clock, locale) ? weekday : undefined;
}

/** The weekday of the day the page printed: in the zone it names after the time ("GMT+2"), else the page's. */
function weekdayOf(date: PageDate, text: string, clock: PageClock): number {
  const taken = takeTimeOfDay(fold(text));
  const zone = taken && taken !== 'invalid' ? taken.time.zone : undefined;
  return new Date(`${zonedDay(date.timestamp, zone ?? clock.timeZone)}T00:00:00Z`).getUTCDay();
}
