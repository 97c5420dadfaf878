import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * Dollars and pesos printed with letters beside the "$" name their own currency, not the US or
 * Canadian dollar; any ISO code names its currency; the Kuwaiti and Bahraini dinars have three
 * decimals; a converted amount in brackets after the amount is not the amount. Values by hand.
 */
describe('parseMoney reads dollar and peso signs with letters as their own currencies', () => {
  it.each([
    ['en-US', 'EC$12,500.00', 12500, 'XCD'],
    ['fr-FR', `12${NNBSP}500,00${NBSP}$AR`, 12500, 'ARS'],
    ['fr-FR', `12${NNBSP}500${NBSP}$CL`, 12500, 'CLP'],
    ['fr-FR', `12${NNBSP}500${NBSP}$CO`, 12500, 'COP'],
    ['fr-FR', `12${NNBSP}500,00${NBSP}$TT`, 12500, 'TTD'],
    ['fr-CA', `12${NBSP}500,00${NBSP}$${NBSP}AU`, 12500, 'AUD'],
  ])('%s "%s" is %d %s', (lang, text, amount, currency) => {
    expect(parseMoney(text, lang)).toEqual({ amount, currency });
  });

  it('leaves the currency of a "$" with letters it does not know unread, never US dollars', () => {
    expect(parseMoney(`12${NNBSP}500,00${NBSP}$ZZ`, 'fr-FR')).toEqual({ amount: 12500 });
  });
});

describe('parseMoney reads any ISO code and the amount before a bracketed conversion', () => {
  it('"ILS 40,000.00 (USD 10,850.00)" is 40,000 shekels', () => {
    expect(parseMoney('ILS 40,000.00 (USD 10,850.00)', 'en-US')).toEqual({ amount: 40000, currency: 'ILS' });
  });

  it('"QAR 36,400.00" is 36,400 riyals', () => {
    expect(parseMoney('QAR 36,400.00', 'en-US')).toEqual({ amount: 36400, currency: 'QAR' });
  });

  it('"$12,500.00 (EUR 11,500.00)" is 12,500 US dollars, not the euros after it', () => {
    expect(parseMoney('$12,500.00 (EUR 11,500.00)', 'en-US')).toEqual({ amount: 12500, currency: 'USD' });
  });
});

describe('parseMoney reads three-decimal currencies', () => {
  it.each([
    ['KWD 750.000', 750, 'KWD'],
    ['BHD 980.500', 980.5, 'BHD'],
    ['KWD 1,250.500', 1250.5, 'KWD'],
  ])('"%s" is %d', (text, amount, currency) => {
    expect(parseMoney(text, 'en-US')).toEqual({ amount, currency });
  });

  it('reads a lone mark before three digits as decimals when the caller knows the currency has three', () => {
    expect(parseMoney('750,000', undefined, 'KWD')).toEqual({ amount: 750 });
    expect(parseMoney('750,000', undefined, 'EUR')).toEqual({ amount: 750000 });
  });
});

describe('parseMoney reads compact billions in Canadian French', () => {
  it('fr-CA "1,5 G $" is 1.5 billion (its "$" CAD or US dollars)', () => {
    expect(parseMoney(`1,5${NBSP}G${NBSP}$`, 'fr-CA')).toEqual({
      amount: 1_500_000_000,
      unclearDollar: { lang: 'fr-CA', local: 'CAD' },
    });
  });

  // Review rg63b: a sign's letters after the digits are no scale ("R" of "R$", "F" of "F CFA").
  it('reads a sign after the digits whose first letter is a capital', () => {
    expect(parseMoney('750,00 R$', 'de-DE')).toEqual({ amount: 750, currency: 'BRL' });
    expect(parseMoney('12 500,00 BR$', 'sv-SE')).toEqual({ amount: 12_500, currency: 'BRL' });
    expect(parseMoney('750 F CFA', 'fr-FR')?.amount).toBe(750);
  });

  it('takes a sign over a code CRMs rarely print that is not beside the digits', () => {
    expect(parseMoney('€12,500 ALL')).toEqual({ amount: 12_500, currency: 'EUR' });
    expect(parseMoney('ILS 40,000.00')).toEqual({ amount: 40_000, currency: 'ILS' });
  });
});
