import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn } from './clocks';

/**
 * crm-pages.md (All CRMs): "Dates appear in the user's locale and as relative text ("2 days ago",
 * …): parse both". Short relative times are printed with abbreviated units, as the browser's own
 * Intl.RelativeTimeFormat short style prints them: German "vor 2 Std.", "vor 5 Min.", Dutch
 * "5 min. geleden", Italian "2 gg fa". A date's final dot is dropped before it is read, so a unit
 * the table lists with its dot ("Std.") is known without it too; Dutch "min." and Italian "gg" are
 * in the tables. Unread, the call made two hours ago had no date and dropped out of "this week".
 *
 * Oracle, by hand, read at 2026-11-20T15:00Z: two hours back is 13:00Z, five minutes back 14:55Z,
 * two days back is 18 November (the day's start in Europe/Berlin, 2026-11-17T23:00Z).
 */
describe('a relative time printed in the short style, with an abbreviated unit', () => {
  it.each([
    ['de-DE', -2, 'hour', '2026-11-20T13:00:00.000Z'],
    ['de-DE', -5, 'minute', '2026-11-20T14:55:00.000Z'],
    ['de-DE', 3, 'hour', '2026-11-20T18:00:00.000Z'],
    ['nl-NL', -5, 'minute', '2026-11-20T14:55:00.000Z'],
    ['nl-NL', -2, 'day', '2026-11-17T23:00:00.000Z'],
    ['it-IT', -2, 'day', '2026-11-17T23:00:00.000Z'],
    ['it-IT', -30, 'second', '2026-11-20T14:59:30.000Z'],
  ] as const)('%s %i %s, as Intl prints it, is dated', (lang, count, unit, expected) => {
    const shown = new Intl.RelativeTimeFormat(lang, { style: 'short' }).format(count, unit);
    const date = readPageDate(shown, clockIn('Europe/Berlin'), pageLocaleFor(lang));
    expect({ shown, timestamp: date?.timestamp }).toEqual({ shown, timestamp: expected });
  });
});
