// @vitest-environment happy-dom
/**
 * Review s48 (pipedrive). Polish, Czech and Hungarian users see deal values grouped with a space
 * (often a no-break space U+00A0, or Intl's narrow no-break space U+202F) and the currency written
 * in letters after the number: "48 250 zł", "12 500 Kč", "1 250 000 Ft". The header of a deal whose
 * classes are build-hashed was searched only for amounts with a sign such as "$" or "€" or an ISO
 * code, so these values were dropped and reported as "no amount found on the page".
 */
import { describe, expect, it } from 'vitest';
import { CALL, dealPage, readDeal } from './div-header-deal-page';

const valued = (lang: string, shown: string) => {
  const { record, notRead } = readDeal(
    dealPage({ lang, value: `<span class="DealHeader__value--d3Fg">${shown}</span>`, feed: CALL }),
  );
  return { value: [record.amount, record.currency], amountNotRead: notRead.filter((n) => n.field === 'amount') };
};

describe('Pipedrive: a deal value grouped with spaces and its currency written in letters after it', () => {
  it.each([
    ['pl-PL', '48 250 zł', 48250, 'PLN'],
    ['pl-PL', '48\u00a0250\u00a0zł', 48250, 'PLN'],
    ['pl-PL', '48\u202f250\u00a0zł', 48250, 'PLN'],
    ['pl-PL', '48\u00a0250,50\u00a0zł', 48250.5, 'PLN'],
    ['cs-CZ', '12\u00a0500\u00a0Kč', 12500, 'CZK'],
    ['hu-HU', '1\u00a0250\u00a0000\u00a0Ft', 1250000, 'HUF'],
  ])('on a %s page "%s" is %d %s', (lang, shown, amount, currency) => {
    const read = valued(lang, shown);
    expect(read.value).toEqual([amount, currency]);
    expect(read.amountNotRead).toEqual([]);
  });

  it.each([
    ['en-US', '$12,500', 12500, 'USD'],
    ['de-DE', '€12.500', 12500, 'EUR'],
    ['de-DE', '12.500 €', 12500, 'EUR'],
  ])('control: on a %s page "%s" is still %d %s', (lang, shown, amount, currency) => {
    expect(valued(lang, shown).value).toEqual([amount, currency]);
  });
});
