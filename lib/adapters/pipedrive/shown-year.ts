import { weekdayNumber } from '../../locale/calendar-names';
import { fold } from '../../locale/fold';
import { type DateTense, type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { takeTimeOfDay } from '../../locale/time-of-day';
import { zonedDay } from '../../zoned-day';
import { OVERDUE_WINDOW_MS } from '../overdue-window';
import type { PageClock } from '../types';

/** Whether a date is of something done (the timeline's history) or of something planned (Focus, "Next activity date"). */
export type Tense = DateTense;

/**
 * The date a day shown without its year means ("Dec 5", "5. Dez. um 10:00", "Tue, Jan 12").
 * lib/locale reads such a day as the latest one not after tomorrow (timelines look back) and
 * passes over a leading weekday. Among last year, this year and next year:
 * - a shown weekday picks the year whose calendar has that day on that weekday (three years in a
 *   row never share one); where none has, the date is not guessed and the reason is returned;
 * - a planned day is the first one from OVERDUE_WINDOW_MS back on: overdue if lately, else ahead
 *   (Pipedrive keeps an activity not done in Focus, overdue, until it is ticked off);
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
): PageDate | { reason: string } {
  const read = tense === 'planned' ? (readPageDate(text, clock, locale, tense) ?? pastRead) : pastRead;
  const weekday = leadingWeekday(text, clock, locale);
  // A day of the past without a weekday keeps lib/locale's reading: no year to try (most of a history).
  if (weekday === undefined && tense === 'past') return read;
  const years = inEachYear(text, clock, locale);
  if (years.length === 0) return read;
  if (weekday !== undefined)
    return (
      years.find((date) => weekdayOf(date, text, clock) === weekday) ?? {
        reason: `the date "${text}" is on its weekday in none of last year, this year or next year`,
      }
    );
  const from = clock.now.getTime() - OVERDUE_WINDOW_MS;
  return years.find((date) => Date.parse(date.timestamp) >= from) ?? read;
}

/**
 * The text read in last year, this year and next year: nothing for a text with its own year, a
 * relative one, or a 29 February none of the three has.
 */
function inEachYear(text: string, clock: PageClock, locale: PageLocale): PageDate[] {
  const year = Number(zonedDay(clock.now, clock.timeZone).slice(0, 4));
  return [year - 1, year, year + 1]
    .map((y) => readPageDate(`${text} ${y}`, clock, locale))
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
