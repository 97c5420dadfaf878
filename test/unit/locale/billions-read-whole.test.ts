import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * A deal of "$1.2B" was left unread: "B" (Intl's English compact currency format for a billion,
 * new Intl.NumberFormat('en', { notation: 'compact', style: 'currency', currency: 'USD' })) was
 * set aside for every language, since Intl's Spanish "B" is a trillion. Whole words after the
 * digits, as Intl's long compact format prints them (compactDisplay: 'long'), were no scale at
 * all: "$1.2 billion" read as 1.2 dollars and "1,2 mil millones" as 1 200 ("mil", a thousand).
 * Expected values written by hand from the words' meanings.
 */
describe('billions as a page prints them', () => {
  it.each([
    ['en-US', '$1.2B', 1_200_000_000, 'USD'],
    ['en-GB', '€3.4B', 3_400_000_000, 'EUR'],
    // No language known (a CSV export's cell): English, as a page without a language is read.
    [undefined, '$1.2B', 1_200_000_000, 'USD'],
    ['en-US', '$1.2 billion', 1_200_000_000, 'USD'],
    ['en-GB', '1.2 bn', 1_200_000_000, undefined],
    ['de-DE', '1,2 Mrd. €', 1_200_000_000, 'EUR'],
    ['de-DE', '1,2 Milliarden €', 1_200_000_000, 'EUR'],
    ['es-ES', '1,2 mil millones €', 1_200_000_000, 'EUR'],
    ['fr-FR', '1,2 milliard €', 1_200_000_000, 'EUR'],
    ['nl-NL', '€ 1,2 miljard', 1_200_000_000, 'EUR'],
    ['it-IT', '1,2 miliardi €', 1_200_000_000, 'EUR'],
    ['pt-BR', 'R$ 1,2 bilhão', 1_200_000_000, 'BRL'],
    ['pt-BR', 'R$ 1,2 bi', 1_200_000_000, 'BRL'],
    ['pt-PT', '1,2 mil milhões €', 1_200_000_000, 'EUR'],
  ])('%s "%s" is %d %s', (lang, text, amount, currency) => {
    const money = parseMoney(text, lang);
    expect(money?.amount).toBe(amount);
    expect(money?.currency).toBe(currency);
  });

  it.each([
    ['es-ES', '1,2 millones €', 1_200_000],
    ['de-DE', '1,5 Millionen €', 1_500_000],
    ['en-US', '$1.5 thousand', 1_500],
    ['de-DE', '1,2 Billionen €', 1_200_000_000_000],
    ['es-ES', '1,2 billones €', 1_200_000_000_000],
    ['it-IT', '1,5 mila miliardi €', 1_500_000_000_000],
  ])('%s "%s" is read at the scale its word names: %d', (lang, text, amount) => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });

  it.each([
    // Intl's es "B" is a billón (10^12); the other languages' Intl never prints "B".
    ['es-ES', '1,2 B €'],
    ['fr-FR', '€1.2B'],
    ['es-MX', '$1.2B'],
    // de "Billion" and fr "billion" are 10^12, en "billion" 10^9.
    ['de-DE', '1,2 Billion €'],
    ['fr-FR', '1,2 billion €'],
    // Intl's pt-PT "Bi" is a bilião (10^12) and its "mM" mil milhões (10^9), where pt-BR "bi" is a
    // billion and "MM" (finance shorthand) a million.
    ['pt-PT', '1,5 Bi €'],
    ['pt-PT', '1,5 mM €'],
  ])('%s "%s" is not read: the word means another size in that language, or none', (lang, text) => {
    expect(parseMoney(text, lang)).toBeUndefined();
  });

  it.each([
    ['it-IT', '€12,500 Mila Novak', 12_500],
    ['en-US', '$48 Mila', 48],
    ['en-US', '$12,500 B', 12_500],
  ])('(control) %s "%s" stays %d: a name, or a letter after grouped digits, is no scale', (lang, text, amount) => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });
});
