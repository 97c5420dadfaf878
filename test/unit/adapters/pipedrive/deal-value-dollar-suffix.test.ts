/**
 * A Pipedrive deal in US dollars on a French or Spanish page: the value shows in the page's locale
 * (crm-evidence-2.md, "Dates and money in the page's locale"), which writes the dollar after the
 * number as "$US" (fr: "48 000,00 $US") or "US$" (es: "48.000,00 US$") — the CLDR forms, as
 * `Intl.NumberFormat('fr-FR' | 'es-ES', { style: 'currency', currency: 'USD' })` prints them. The same
 * page reads "48 000,00 €" and "R$ 48.000,00"; the dollar amount is not read at all, so the deal has
 * no value (amount missing from the team's pipeline value and the deal card).
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed-fr');
const valueShownAs = (lang: string, shown: string) => {
  const langs: [string, string][] = lang === 'fr-FR' ? [] : [['lang="fr-FR"', `lang="${lang}"`]];
  const value: [RegExp, string] = [/(class="DealHeader_value__q1Wm4">)[^<]*</, `$1${shown}<`];
  const { record } = readPage(edited(deal.html, ...langs, value), deal.url);
  return [record.amount, record.currency];
};

describe('a Pipedrive deal value in dollars written the page locale’s way', () => {
  it('control: the same page reads euros after the number', () => {
    expect(valueShownAs('fr-FR', '48\u202f000,00\u00a0€')).toEqual([48000, 'EUR']);
  });

  it('fr-FR "48 000,00 $US" is 48,000 USD', () => {
    expect(valueShownAs('fr-FR', '48\u202f000,00\u00a0$US')).toEqual([48000, 'USD']);
  });

  it('es-ES "48.000,00 US$" is 48,000 USD', () => {
    expect(valueShownAs('es-ES', '48.000,00\u00a0US$')).toEqual([48000, 'USD']);
  });
});
