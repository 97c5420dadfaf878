import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn } from './clocks';

/**
 * contracts.md (Activity key): an item without the CRM's id is keyed by its day, because that day
 * does not move between visits. "2 weeks ago" is any day 14 to 20 days back, "a month ago" any of
 * several weeks, and the page prints the same text for days: a day worked out from it would move
 * with each visit, and the same item would be stored and counted again under a new key. Such text
 * names no day, so it is not read (the reader keeps it as `dateText` and reports it).
 */
describe('a relative date counted in weeks, months or years', () => {
  it.each([
    ['en-US', '2 weeks ago'],
    ['en-US', 'a month ago'],
    ['en-US', '3 months ago'],
    ['en-US', 'a year ago'],
    ['en-US', 'in 2 weeks'],
    ['de-DE', 'vor einer Woche'],
    ['de-DE', 'vor 2 Monaten'],
    ['de-DE', 'vor einem Jahr'],
    ['fr-FR', 'il y a 2 semaines'],
    ['fr-FR', 'il y a un mois'],
    ['fr-FR', 'il y a 2 ans'],
    ['fr-FR', 'dans 3 semaines'],
    ['es-ES', 'hace 2 semanas'],
    ['es-ES', 'hace un mes'],
    ['es-ES', 'hace 1 año'],
    ['pt-BR', 'há 2 semanas'],
    ['pt-BR', '3 meses atrás'],
    ['pt-BR', 'há um ano'],
    ['nl-NL', '2 weken geleden'],
    ['nl-NL', 'een maand geleden'],
    ['nl-NL', '1 jaar geleden'],
    ['it-IT', '2 settimane fa'],
    ['it-IT', 'un mese fa'],
    ['it-IT', '2 anni fa'],
  ])('%s "%s" names no day and gives no date', (lang, text) => {
    expect(readPageDate(text, clockIn('UTC'), pageLocaleFor(lang))).toBeUndefined();
  });

  it('(control) a count of days still names its day: "il y a 13 jours" on 20 November is 7 November', () => {
    expect(readPageDate('il y a 13 jours', clockIn('UTC'), pageLocaleFor('fr-FR'))).toEqual({
      timestamp: '2026-11-07T00:00:00.000Z',
      timePrecision: 'day',
    });
  });
});
