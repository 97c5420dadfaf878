import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseMoney', () => {
  it.each([
    ['de-DE', '€22.500,00', 22500, 'EUR'],
    ['fr-FR', `22${NBSP}500${NBSP}€`, 22500, 'EUR'],
    ['fr-FR', `22${NNBSP}500,50${NBSP}€`, 22500.5, 'EUR'],
    ['fr-FR', '22 500 €', 22500, 'EUR'],
    ['pt-BR', 'R$ 1.234,56', 1234.56, 'BRL'],
    ['pt-BR', `R$${NBSP}1.234,56`, 1234.56, 'BRL'],
    ['de-DE', 'EUR 1.234,56', 1234.56, 'EUR'],
    ['en-US', '$31,500', 31500, 'USD'],
    ['en-GB', '£1,200.50', 1200.5, 'GBP'],
    ['de-DE', "CHF 1'250.00", 1250, 'CHF'],
    ['de-DE', '1.234,56 €', 1234.56, 'EUR'],
    ['en-US', 'US$ 5,000', 5000, 'USD'],
    ['de-DE', '31.500 €', 31500, 'EUR'],
    ['nl-NL', '€ 1.250.000', 1250000, 'EUR'],
    ['es-ES', '12,5 €', 12.5, 'EUR'],
    ['en-US', '$1,234,567.89', 1234567.89, 'USD'],
    ['en-US', 'Amount: $31,500.00', 31500, 'USD'],
    ['en-US', '5000 USD', 5000, 'USD'],
    ['en-US', '-$250', -250, 'USD'],
    ['de-DE', '−1.250,00 €', -1250, 'EUR'],
    ['en-US', '$-250', -250, 'USD'],
  ])('as printed in %s, "%s" is %d %s', (_printedIn, text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('reads a lone mark before three digits as thousands, whatever the page language', () => {
    // Amounts have 0 or 2 decimals; the user's regional format need not be the page language's.
    expect(parseMoney('1.234')).toEqual({ amount: 1234 });
    expect(parseMoney('1.234')).toEqual({ amount: 1234 });
    expect(parseMoney('$48,000')).toEqual({ amount: 48000, currency: 'USD' });
    expect(parseMoney('48.000 €')).toEqual({ amount: 48000, currency: 'EUR' });
    expect(parseMoney('1,234')).toEqual({ amount: 1234 });
    expect(parseMoney('1,234')).toEqual({ amount: 1234 });
  });

  it('scales compact amounts by the word after the digits, never reading "$48K" as 48', () => {
    expect(parseMoney('$48K')).toEqual({ amount: 48_000, currency: 'USD' });
    expect(parseMoney('€1.2M')).toEqual({ amount: 1_200_000, currency: 'EUR' });
    expect(parseMoney('48 Tsd. €')).toEqual({ amount: 48_000, currency: 'EUR' });
    expect(parseMoney('1,5 Mio. €')).toEqual({ amount: 1_500_000, currency: 'EUR' });
    expect(parseMoney('R$ 48 mil')).toEqual({ amount: 48_000, currency: 'BRL' });
    expect(parseMoney('$2.5bn')).toEqual({ amount: 2_500_000_000, currency: 'USD' });
  });

  it('leaves amounts followed by other words or codes as they are', () => {
    expect(parseMoney('USD 48,000.00 (EUR 44,160.00)')).toEqual({ amount: 48_000, currency: 'USD' });
    expect(parseMoney('48 MXN')).toEqual({ amount: 48, currency: 'MXN' });
    expect(parseMoney('$48 monthly')).toEqual({ amount: 48, currency: 'USD' });
  });

  it('reads marks the text settles, in any order of marks', () => {
    expect(parseMoney('1,234.56')?.amount).toBe(1234.56);
    expect(parseMoney('1.234,56')?.amount).toBe(1234.56);
    expect(parseMoney('1.234.567')?.amount).toBe(1234567);
    expect(parseMoney('12,50')?.amount).toBe(12.5);
  });

  it('takes the number beside the currency, not another one in the text', () => {
    expect(parseMoney('3 products · €1.200,00')).toEqual({ amount: 1200, currency: 'EUR' });
  });

  it.each([[''], ['-'], ['€'], ['No amount'], ['1.23.4 €']])('"%s" holds no amount', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });
});
