import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * Compact amounts as Intl's compact currency format prints them in languages whose scale
 * abbreviations differ from English's (new Intl.NumberFormat(lang, { notation: 'compact', style:
 * 'currency', currency })). The rule of compact-amount-words.test.ts: read at its scale, or not read
 * where the page's language does not settle it, never as its digits alone and never at another
 * language's scale. Danish "13 t kr." was 13 trillion (English "T"); "13 tys. zł" was 13.
 */
describe('a compact amount read in its page language', () => {
  it.each([
    ['da', '13 t kr.', 13_000],
    ['pl', '13 tys. zł', 13_000],
    ['sv', '13 tn kr', 13_000],
    ['fi', '13 t. €', 13_000],
    ['cs', '13 tis. Kč', 13_000],
    ['sv', '1,5 mn kr', 1_500_000],
    ['da', '1,5 mio. kr.', 1_500_000],
    ['cs', '1,5 mil. Kč', 1_500_000],
    ['nb', '1,5 mill. kr', 1_500_000],
    ['da', '2,5 mia. kr.', 2_500_000_000],
    ['sv', '2,5 md kr', 2_500_000_000],
    ['pl', '2,5 mld zł', 2_500_000_000],
    ['sv', '3 bn kr', 3_000_000_000_000],
    ['fr', '3 Bn €', 3_000_000_000_000],
    ['nb', '3 bill. kr', 3_000_000_000_000],
    ['ru', '13 тыс. ₽', 13_000],
    ['hu', '13 E Ft', 13_000],
  ])('%s "%s" is %d', (lang, text, amount) => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });

  it.each([
    ['en', '13 t kr.'],
    ['en', '1,5 mil. Kč'],
    ['da', '$2.5T'],
    ['de', '13 tn kr'],
  ])('%s "%s" is not read: its language does not settle the word', (lang, text) => {
    expect(parseMoney(text, lang)).toBeUndefined();
  });

  it.each([
    ['en', '$2.5T', 2_500_000_000_000],
    ['en', '$2.5bn', 2_500_000_000],
    ['en', 'R$ 48 mil', 48_000],
    ['pt-BR', 'R$ 48 mil.', 48_000],
    ['da', '13 kr.', 13],
    ['it', '€ 48 e 50 centesimi', 48],
  ])('(control) %s "%s" is %d', (lang, text, amount) => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });
});
