import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * Each page language prints a currency with its own sign (Intl: "CA$" in English, "$CA" in French,
 * "CN¥", "NT$"): every one must read as its own currency, never as US dollars or yen because the
 * sign holds "$" or "¥", nor as another dollar whose sign it contains ("CA$" holds "A$").
 */
const LANGUAGES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL'];
const CURRENCIES = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'MXN', 'SGD', 'TWD', 'CNY', 'JPY', 'BRL', 'EUR', 'GBP', 'INR'];

describe('currency signs as each page language prints them', () => {
  for (const language of LANGUAGES)
    it.each(CURRENCIES)(`${language}: 36,000 %s reads as that currency`, (currency) => {
      const shown = new Intl.NumberFormat(language, { style: 'currency', currency }).format(36000);
      expect(parseMoney(shown)).toEqual({ amount: 36000, currency });
    });
});
