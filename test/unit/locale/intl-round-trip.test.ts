import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn, NOW, ZONES } from './clocks';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL'];
const STYLES = ['short', 'medium', 'long', 'full'] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Whole minutes in the 300 days before the fixture clock: every month, both sides of the DST changes. */
const pastMinute = fc.integer({ min: 1, max: 300 * 24 * 60 }).map((m) => new Date(NOW.getTime() - m * MINUTE));

/**
 * The oracle is the instant itself: the browser's own Intl prints it the way a page in that
 * locale does, and reading the text back must give the same minute (or day).
 */
describe('dates printed by Intl in each locale read back to the instant printed', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every date style with a time, in every zone`, () => {
      fc.assert(
        fc.property(pastMinute, fc.constantFrom(...STYLES), fc.constantFrom(...ZONES), (instant, dateStyle, zone) => {
          const format = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone: zone });
          const text = format.format(instant);
          // The hour clocks repeat when they go back prints the same text for two instants: no page settles which.
          const hour = 3_600_000;
          fc.pre(![-hour, hour].some((d) => format.format(new Date(instant.getTime() + d)) === text));
          expect(readPageDate(text, clockIn(zone), pageLocaleFor(locale)), text).toEqual({
            timestamp: instant.toISOString(),
            timePrecision: 'minute',
          });
        }),
        { numRuns: 150 },
      );
    });

    it(`${locale}: every date style without a time, and month names long and short`, () => {
      const days = fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * DAY));
      const options: Intl.DateTimeFormatOptions[] = [
        ...STYLES.map((dateStyle) => ({ dateStyle })),
        { day: 'numeric', month: 'short', year: 'numeric' },
        { day: 'numeric', month: 'long', year: 'numeric' },
        { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
      ];
      fc.assert(
        fc.property(days, fc.constantFrom(...options), (day, style) => {
          const text = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(day);
          expect(readPageDate(text, clockIn('UTC'), pageLocaleFor(locale)), text).toEqual({
            timestamp: day.toISOString(),
            timePrecision: 'day',
          });
        }),
        { numRuns: 150 },
      );
    });
  }
});
