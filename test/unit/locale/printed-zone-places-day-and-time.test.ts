/**
 * A time with a zone after it is that zone's time on that zone's day (review s53, dates): the day
 * word ("Today", "Gestern", "hier") is read in the printed zone as the time is, and an abbreviation
 * several zones go by ("IST": India's, and Ireland's in summer) is the browser's own zone when Intl
 * gives that zone the name at that moment, else its usual reading.
 */
import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';

/** 00:30 on 21 November in Berlin, still 18:30 on 20 November in New York (GMT-5). */
const BERLIN_AFTER_MIDNIGHT = { now: new Date('2026-11-20T23:30:00Z'), timeZone: 'Europe/Berlin' };

describe('a day word with a zone after the time is that zone’s day', () => {
  it.each([
    ['en-US', 'Today at 5:10 PM GMT-5', '2026-11-20T22:10:00.000Z'],
    ['en-US', 'Yesterday at 11:30 PM GMT-5', '2026-11-20T04:30:00.000Z'],
    ['de-DE', 'Heute um 17:10 GMT-5', '2026-11-20T22:10:00.000Z'],
    ['fr-FR', 'hier à 23:30 UTC-5', '2026-11-20T04:30:00.000Z'],
    ['en-US', 'Today at 5:10 PM EST', '2026-11-20T22:10:00.000Z'],
  ])('%s "%s" is %s', (lang, text, expected) => {
    expect(readPageDate(text, BERLIN_AFTER_MIDNIGHT, pageLocaleFor(lang))?.timestamp).toBe(expected);
  });

  it('without a zone, the day word is still the browser’s day', () => {
    expect(readPageDate('Today at 5:10 PM', BERLIN_AFTER_MIDNIGHT, pageLocaleFor('en-US'))?.timestamp).toBe(
      '2026-11-21T16:10:00.000Z',
    );
  });
});

describe('"IST" is Irish summer time in a browser in Dublin, India’s time elsewhere', () => {
  const en = pageLocaleFor('en-IE');
  const july = new Date('2026-07-16T09:00:00Z');
  const january = new Date('2027-01-16T09:00:00Z');

  it('a summer time in Dublin, read in summer or in winter', () => {
    for (const now of [july, january])
      expect(readPageDate('15 Jul 2026 at 00:40 IST', { now, timeZone: 'Europe/Dublin' }, en)?.timestamp).toBe(
        '2026-07-14T23:40:00.000Z',
      );
  });

  it('a winter time in Dublin, when Dublin goes by GMT, is India’s', () => {
    expect(readPageDate('15 Jan 2026 at 10:00 IST', { now: january, timeZone: 'Europe/Dublin' }, en)?.timestamp).toBe(
      '2026-01-15T04:30:00.000Z',
    );
  });

  it.each(['Asia/Kolkata', 'Europe/London', 'America/New_York', 'UTC', '+01:00'])('read in %s, India’s', (timeZone) => {
    expect(readPageDate('15 Jul 2026 at 00:40 IST', { now: july, timeZone }, en)?.timestamp).toBe(
      '2026-07-14T19:10:00.000Z',
    );
  });

  it('"Today at 00:40 IST" in Dublin is Dublin’s today', () => {
    const clock = { now: new Date('2026-07-15T09:00:00Z'), timeZone: 'Europe/Dublin' };
    expect(readPageDate('Today at 00:40 IST', clock, en)?.timestamp).toBe('2026-07-14T23:40:00.000Z');
  });
});
