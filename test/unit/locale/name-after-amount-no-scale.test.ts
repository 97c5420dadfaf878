import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * Regression (ac45d63): whole scale words scaled grouped digits too, matched in any case, so a
 * surname after an amount (the case billions-read-whole.test.ts guards for "Mila") was read as a
 * scale: "€12,500 Milione" (an Italian surname) became 12.5 billion, "$12,500 Billon" (a French
 * surname) 12.5 quadrillion, "€12.500 Millon" 12.5 billion. Before, grouped digits were the whole
 * amount. Expected values written by hand.
 */
describe('a word after an amount', () => {
  it.each([
    ['it-IT', '€12,500 Milione', 12_500],
    ['en-US', '$12,500 Billon', 12_500],
    ['es-ES', '€12.500 Millon', 12_500],
    ['en-US', '$3,000 Million Dollar Club', 3_000],
  ])('%s "%s" stays %d: a capitalised name after grouped digits is no scale', (lang, text, amount) => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });

  it.each([
    ['it-IT', '€48 Milione', 48],
    ['es-ES', '€12 Millon', 12],
    ['en-US', '$48 Million Dollar Club', 48],
    // German capitalises its words, and only a German page reads them.
    ['en-US', '$12 Tausend', 12],
  ])(
    '%s "%s" stays %d: a word capitalised where its language writes it in lower case is a name',
    (lang, text, amount) => {
      expect(parseMoney(text, lang)?.amount).toBe(amount);
    },
  );

  it.each([
    ['en-US', '$1,200 million'],
    ['es-ES', '1.200 millones €'],
    // "Tausend" is a German surname as well as a thousand.
    ['de-DE', '€12.500 Tausend'],
  ])('%s "%s" is not read: grouped digits followed by a scale word are neither the amount nor scaled', (lang, text) => {
    expect(parseMoney(text, lang)).toBeUndefined();
  });

  it.each([
    ['es-ES', '12 millones €', 12_000_000],
    ['en-US', '$1.2 million', 1_200_000],
    ['de-DE', '12 Millionen €', 12_000_000],
    ['de-DE', '1,5 Tausend €', 1_500],
    ['it-IT', '€12,500 Rossi', 12_500],
  ])('(control) %s "%s" is %d: read as written', (lang, text, amount) => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });
});
