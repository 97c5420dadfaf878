import { describe, expect, it } from 'vitest';
import { weekdayNumber } from '../../../lib/locale/calendar-names';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { readDateOrNoDay, readPageDate } from '../../../lib/locale/read-date';
import { NOW } from './clocks';

/**
 * Dutch "maand" is "month"; a weekday's name may be shortened to any start of it ("din" for
 * dinsdag), and "maand" starts "maandag" (Monday). Alone, or with a time ("maand 14:30"), it was
 * dated last Monday (16 Nov 2026 by the fixture clock, Friday 20 Nov 2026). A month names no
 * day (relative-date.ts): "1 maand geleden" is read as "1 month ago" is, as no day.
 */
const clock = { now: NOW, timeZone: 'UTC' };
const nl = pageLocaleFor('nl-NL');
const LAST_MONDAY = '2026-11-16T00:00:00.000Z';

describe('Dutch "maand" is never a weekday', () => {
  it.each(['maand', 'Maand', 'maand.', 'maand 14:30', 'maand om 14:30'])('"%s" is no date', (text) => {
    expect(readPageDate(text, clock, nl)).toBeUndefined();
    expect(readPageDate(text, clock, undefined)).toBeUndefined();
  });

  it('"maand" names no weekday', () => {
    expect(weekdayNumber('maand')).toBeUndefined();
  });

  it.each([
    ['nl-NL', '1 maand geleden'],
    ['nl-NL', 'een maand geleden'],
    ['nl-NL', '2 maanden geleden'],
    ['nl-NL', 'over 2 maanden'],
    ['en-US', '1 month ago'],
    ['de-DE', 'vor 2 Monaten'],
  ])('%s "%s" names no day, as a count of months in every language', (lang, text) => {
    expect(readDateOrNoDay(text, clock, pageLocaleFor(lang))).toBe('no day');
  });

  it.each([
    ['maandag', LAST_MONDAY],
    ['ma', LAST_MONDAY],
    ['vorige maandag', LAST_MONDAY],
    ['maandag 14:30', '2026-11-16T14:30:00.000Z'],
    ['ma 14:30', '2026-11-16T14:30:00.000Z'],
    ['dinsdag', '2026-11-17T00:00:00.000Z'],
  ])('(control) "%s" is still a weekday: %s', (text, timestamp) => {
    expect(readPageDate(text, clock, nl)?.timestamp).toBe(timestamp);
  });

  it('(control) "maandag" and "ma" name Monday, and a start of a name ("din") still names its day', () => {
    expect(['maandag', 'ma', 'din'].map(weekdayNumber)).toEqual([1, 1, 2]);
  });
});
