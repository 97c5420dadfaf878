import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * A lone "$" is the US dollar only where the page's locale prints US dollars so. es-MX prints
 * pesos "$36,000.00" and US dollars "USD 36,000.00"; fr-CA Canadian dollars "36 000,00 $" and US
 * dollars "36 000,00 $ US"; en-US, de and fr-FR print no other currency with a lone "$".
 */
describe('parseMoney with the page language: a lone "$"', () => {
  it.each([
    ['es-MX', '$36,000.00', 'MXN'],
    ['fr-CA', '36\u00a0000,00\u00a0$', 'CAD'],
    ['en-CA', '$36,000.00', 'CAD'],
    ['en-AU', '$36,000.00', 'AUD'],
  ])('on a %s page, "%s" keeps its amount and leaves its currency unread (may be %s)', (lang, text, local) => {
    expect(parseMoney(text, lang)).toEqual({ amount: 36000, unclearDollar: { lang, local } });
  });

  it.each([
    ['en-US', '$36,000.00'],
    ['de-DE', '36.000,00\u00a0$'],
    ['fr-FR', '36\u00a0000,00\u00a0$'],
  ])('on a %s page, "%s" is US dollars', (lang, text) => {
    expect(parseMoney(text, lang)).toEqual({ amount: 36000, currency: 'USD' });
  });

  it.each([
    ['fr-CA', '36\u00a0000,00\u00a0$\u00a0US'],
    ['fr-FR', '36\u00a0000,00\u00a0$US'],
    ['es-MX', 'USD\u00a036,000.00'],
    ['es-MX', 'MX$36,000.00'],
  ])('on a %s page, "%s" names its currency', (lang, text) => {
    expect(parseMoney(text, lang)?.currency).toBe(text.includes('MX$') ? 'MXN' : 'USD');
  });

  it('keeps the sign of a negative amount written "-$250" on an es-MX page', () => {
    expect(parseMoney('-$250.00', 'es-MX')).toEqual({ amount: -250, unclearDollar: { lang: 'es-MX', local: 'MXN' } });
  });

  it('without a page language reads a lone "$" as US dollars, as before (spreadsheet imports)', () => {
    expect(parseMoney('$36,000.00')).toEqual({ amount: 36000, currency: 'USD' });
  });
});
