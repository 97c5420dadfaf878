import { describe, expect, it } from 'vitest';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { readPageDate } from '../../../lib/locale/read-date';
import { NOW } from './clocks';

/**
 * From review pdgen (session 48). A weekday named alone is read in the page's own languages
 * (its table's and English, date-words languagesFor). On a Polish page, for which Touchline has no
 * date words, "Dom" (Polish for home, an e-mail address's kind) was read as Sunday: every
 * language's weekday abbreviations were tried, and Spanish and Italian "dom." is Sunday. A page
 * with no language (or English) still tries every language. The clock is Friday 2026-11-20.
 */
const clock = { now: NOW, timeZone: 'UTC' };
const read = (text: string, lang: string) => readPageDate(text, clock, pageLocaleFor(lang))?.timestamp;

describe('a weekday named alone, in the page language', () => {
  it.each([
    ['pl-PL', 'Dom'],
    ['pl', 'dom.'],
    ['sv-SE', 'Dom'],
    ['de-DE', 'Dom'],
    ['de-DE', 'lundi'],
  ])('%s "%s" is no date', (lang, text) => {
    expect(read(text, lang)).toBeUndefined();
  });

  it.each([
    ['es-ES', 'dom.', '2026-11-15T00:00:00.000Z'],
    ['it-IT', 'Dom', '2026-11-15T00:00:00.000Z'],
    ['en', 'dom.', '2026-11-15T00:00:00.000Z'],
    ['pl-PL', 'Sunday', '2026-11-15T00:00:00.000Z'],
    ['de-DE', 'Montag', '2026-11-16T00:00:00.000Z'],
    ['de-DE', 'Monday', '2026-11-16T00:00:00.000Z'],
  ])('(control) %s "%s" is %s', (lang, text, day) => {
    expect(read(text, lang)).toBe(day);
  });
});
