import type { PageClock } from '../adapters/types';
import { zonedTimeToUtc } from '../zoned-day';
import { today } from './calendar-day';
import { prepareCalendarNames, prepareWeekdayNamesIn } from './calendar-names';
import { compileNow } from './compile-now';
import { dateLanguages, languagesFor } from './date-words';
import { datePatterns } from './language-patterns';
import type { PageLocale } from './page-locale';
import { readPageDate } from './read-date';

/**
 * Dates as pages print them, read twice each ahead of the page's own: what is left to build or
 * compile on a first date read after the steps before them (the time of day, the connector words,
 * day, month and year tokens), and compiled a second time on the second read (compile-now.ts).
 */
const REHEARSALS = ['nov 18 2026 3:15 pm', 'nov 18 2026 3:15 pm', 'yesterday 15:15', 'yesterday 15:15'];

/** What has been built for which zone or language already: once per page, not once per reading. */
const done = new Set<string>();
const compiled = new WeakSet<RegExp>();

/**
 * What reading dates builds on first use, a piece per step: built inside the first date read, it
 * made that read's step longer than a frame (issue 11). The month and weekday names of every
 * language (and of the page's own, where those are fewer), each language's date phrases, their expressions compiled for the page's languages,
 * the Intl formats of the page's zone, then a few sample dates read for the rest.
 */
export function* prepareDateReading(clock: PageClock, locale: PageLocale): Generator<void, void, void> {
  yield* prepareCalendarNames();
  yield* prepareWeekdayNamesIn(languagesFor(locale));
  for (const lang of dateLanguages) {
    datePatterns(lang);
    yield;
  }
  for (const lang of languagesFor(locale))
    for (const regex of phrasesOf(lang)) {
      if (compiled.has(regex)) continue;
      compiled.add(regex);
      compileNow(regex);
      yield;
    }
  // Today's date and a time of day in the page's zone each go through an Intl format of that zone.
  if (once(`today ${clock.timeZone}`)) {
    today(clock);
    yield;
  }
  if (once(`time ${clock.timeZone}`)) {
    zonedTimeToUtc({ year: 2026, month: 11, day: 18 }, { hour: 15, minute: 15 }, clock.timeZone);
    yield;
  }
  if (!once(`samples ${clock.timeZone} ${locale.lang}`)) return;
  for (const sample of REHEARSALS) {
    readPageDate(sample, clock, locale);
    yield;
  }
}

function phrasesOf(lang: string): RegExp[] {
  const patterns = datePatterns(lang);
  return patterns ? [patterns.ago, patterns.ahead] : [];
}

function once(key: string): boolean {
  if (done.has(key)) return false;
  done.add(key);
  return true;
}
