import { prepareCalendarNames } from './calendar-names';
import { dateLanguages } from './date-words';
import { datePatterns } from './language-patterns';

/**
 * What reading dates builds on first use (the month and weekday names of every language, each
 * language's date phrases), a language per step: built inside the first date read, it made that
 * read's step longer than a frame.
 */
export function* prepareDateReading(): Generator<void, void, void> {
  yield* prepareCalendarNames();
  for (const lang of dateLanguages) {
    datePatterns(lang);
    yield;
  }
}
