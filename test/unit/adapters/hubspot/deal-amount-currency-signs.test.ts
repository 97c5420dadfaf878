import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * README: money is read "as each CRM prints" it in the page's language; the French test page prints
 * a US-dollar amount as Intl's fr-FR does ("36 000,00 $US"). In that same format, French prints a
 * Canadian or Australian dollar amount as "36 000,00 $CA" / "$AU", and English (en-US) prints a
 * yuan or a Taiwan dollar amount as "CN¥36,000.00" / "NT$36,000.00" (node: Intl.NumberFormat).
 * Those are not US dollars or yen: a rep summing pipeline would misread the deal's value.
 */
function page(lang: string, amountLabel: string, amount: string): string {
  return dealPage({
    lang,
    sidebar: `<div data-test-id="highlight-property-item-amount"><span>${amountLabel}</span> <span data-test-id="highlight-property-display-amount">${amount}</span></div>
<div data-selenium-test="highlightedPropertySidebar">${property(amountLabel, amount)}</div>`,
  });
}

describe('HubSpot deal amount in a currency whose sign holds "$" or "¥"', () => {
  const cases: [string, string, string, string][] = [
    ['fr-FR', 'Montant', '36\u202f000,00\u00a0$CA', 'CAD'],
    ['fr-FR', 'Montant', '36\u202f000,00\u00a0$AU', 'AUD'],
    ['en-US', 'Amount', 'CN¥36,000.00', 'CNY'],
    ['en-US', 'Amount', 'NT$36,000.00', 'TWD'],
  ];
  for (const [lang, label, shown, currency] of cases)
    it(`"${shown}" on a ${lang} page is 36,000 ${currency}`, () => {
      // The format itself, as the browser prints it for this language and currency.
      expect(new Intl.NumberFormat(lang, { style: 'currency', currency }).format(36000)).toBe(shown);
      const { record } = readDeal(page(lang, label, shown));
      expect({ amount: record.amount, currency: record.currency }).toEqual({ amount: 36000, currency });
    });
});
