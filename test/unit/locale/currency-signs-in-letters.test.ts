import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * From review pdgen (session 48). Currencies each language prints by a sign of its own: the
 * zloty, koruna and forint in letters after the amount ("36 000,00 zł", "36 000,00 Kč",
 * "36 000 Ft"), the won, lira and rouble by symbols. Read as their currency; the letters only
 * where they stand apart ("Ft" inside a word names nothing). "kr" is printed for the Swedish,
 * Norwegian, Danish and Icelandic crowns alike, so it names no currency.
 */
describe('currency signs of Polish, Korean, Turkish, Russian, Czech and Hungarian pages', () => {
  it.each([
    ['pl-PL', 'PLN'],
    ['ko-KR', 'KRW'],
    ['tr-TR', 'TRY'],
    ['ru-RU', 'RUB'],
    ['cs-CZ', 'CZK'],
    ['hu-HU', 'HUF'],
    ['en-US', 'KRW'],
    ['en-US', 'TRY'],
    ['en-US', 'RUB'],
  ])('%s: 36,000 %s reads as that currency', (language, currency) => {
    const shown = new Intl.NumberFormat(language, { style: 'currency', currency }).format(36000);
    expect(parseMoney(shown)).toEqual({ amount: 36000, currency });
  });

  it.each([['12,500 kr'], ['12 500,00 kr']])('"%s" keeps its amount and names no currency', (text) => {
    expect(parseMoney(text)).toEqual({ amount: 12500 });
  });

  it('(control) letters of a word are no sign', () => {
    expect(parseMoney('36 000 Fteam')).toEqual({ amount: 36000 });
  });
});

describe('a sign written in letters beside a sign', () => {
  it('"$12,500 (Ft. Worth)" is in dollars: the words beside the amount name no forint', () => {
    expect(parseMoney('$12,500 (Ft. Worth)', 'en-US')).toEqual({ amount: 12500, currency: 'USD' });
  });
});
