import { describe, expect, it } from 'vitest';
import { dealPage as hubspotDeal, property, readDeal as readHubSpotDeal } from './hubspot/deal-page';
import { field, readDeal as readSalesforceDeal, dealPage as salesforceDeal } from './salesforce/opportunity-page';

/**
 * Review s37 (readers). crm-evidence-2.md:114: "Dates and money in the page's locale (`<html lang>`,
 * the CRM's own settings where shown)"; HubSpot formats follow the portal's/account locale (:31-34).
 * The project reads money as Intl prints it in the page's language (test/unit/adapters/hubspot/
 * deal-amount-currency-signs.test.ts). In that format a lone "$" is the locale's own dollar: es-MX
 * prints pesos as "$36,000.00" and US dollars as "USD 36,000.00"; fr-CA prints Canadian dollars as
 * "36 000,00 $" and US dollars as "36 000,00 $ US" (checked below with Intl).
 *
 * Today both readers take any lone "$" for USD (lib/locale/currencies.ts: ['$', 'USD']), so a
 * 36,000-peso deal is shown and summed as US$36,000 (about 18 times its value). Expected: not USD;
 * the locale's currency (MXN, CAD), or no currency with a notRead entry saying why (never a guess).
 */
const CASES: [lang: string, local: string, usd: string, shown: string][] = [
  ['es-MX', 'MXN', 'USD\u00a036,000.00', '$36,000.00'],
  ['fr-CA', 'CAD', '36\u00a0000,00\u00a0$\u00a0US', '36\u00a0000,00\u00a0$'],
];
const LABELS: Record<string, string> = { 'es-MX': 'Importe', 'fr-CA': 'Montant' };

function expectNotUsd(
  reading: { record: { amount?: number; currency?: string }; notRead: { field: string; reason: string }[] },
  local: string,
) {
  expect(reading.record.amount).toBe(36000);
  expect(reading.record.currency).not.toBe('USD');
  if (reading.record.currency === undefined)
    expect(reading.notRead.some((n) => /amount|currency/i.test(n.field))).toBe(true);
  else expect(reading.record.currency).toBe(local);
}

describe('a deal amount written with a lone "$" on a page whose locale’s dollar is not the US dollar', () => {
  it.each(CASES)(
    '(the format) %s prints its own currency %s with a lone "$", and US dollars as "%s"',
    (lang, local, usd, shown) => {
      expect(new Intl.NumberFormat(lang, { style: 'currency', currency: local }).format(36000)).toBe(shown);
      expect(new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(36000)).toBe(usd);
    },
  );

  it.each(CASES)('HubSpot %s: "$" is not read as US dollars (%s or reported)', (lang, local, _usd, shown) => {
    const label = LABELS[lang] as string;
    const reading = readHubSpotDeal(
      hubspotDeal({
        lang,
        sidebar: `<div data-test-id="highlight-property-item-amount"><span>${label}</span> <span data-test-id="highlight-property-display-amount">${shown}</span></div>
<div data-selenium-test="highlightedPropertySidebar">${property(label, shown)}</div>`,
      }),
    );
    expectNotUsd(reading, local);
  });

  it.each(CASES)('Salesforce %s: "$" is not read as US dollars (%s or reported)', (lang, local, _usd, shown) => {
    const reading = readSalesforceDeal(salesforceDeal({ lang, fields: field(LABELS[lang] as string, shown) }));
    expectNotUsd(reading, local);
  });
});
