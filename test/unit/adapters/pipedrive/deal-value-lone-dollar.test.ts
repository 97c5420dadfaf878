// @vitest-environment happy-dom
/**
 * A lone "$" is the local dollar where the page's locale prints its own currency so (Intl: fr-CA
 * "36 000,00 $" is Canadian dollars, es-MX "$36,000.00" pesos; test/unit/adapters/
 * dollar-sign-local-currency.test.ts for HubSpot and Salesforce). The Pipedrive reader read the value
 * without the page's language and took every lone "$" for US dollars. It now reads it as HubSpot and
 * Salesforce do: the amount, no currency, and the reason in notRead; a Currency field that names the
 * currency settles it.
 */
import { describe, expect, it } from 'vitest';
import { CALL, dealPage, fieldRow, readDeal } from './div-header-deal-page';

const valued = (lang: string, shown: string, fields?: string) =>
  readDeal(dealPage({ lang, value: `<span class="DealHeader__value--d3Fg">${shown}</span>`, fields, feed: CALL }));
const currencyNotRead = (reading: ReturnType<typeof readDeal>) => reading.notRead.find((n) => n.field === 'currency');

describe('Pipedrive: a deal value with a lone "$"', () => {
  it.each([
    ['fr-CA', '36\u00a0000,00\u00a0$', 'CAD'],
    ['es-MX', '$36,000.00', 'MXN'],
  ])('on a %s page is not read as US dollars, and the currency is reported', (lang, shown, local) => {
    const reading = valued(lang, shown);
    expect(reading.record.amount).toBe(36000);
    expect(reading.record.currency).toBeUndefined();
    expect(currencyNotRead(reading)?.reason).toContain(local);
  });

  it('on a fr-CA page takes the currency a Currency field names', () => {
    const reading = valued('fr-CA', '36\u00a0000,00\u00a0$', fieldRow('Devise', 'CAD'));
    expect(reading.record.currency).toBe('CAD');
    expect(currencyNotRead(reading)).toBeUndefined();
  });

  it('control: on an en-US page is US dollars', () => {
    const reading = valued('en-US', '$36,000.00');
    expect([reading.record.amount, reading.record.currency]).toEqual([36000, 'USD']);
    expect(currencyNotRead(reading)).toBeUndefined();
  });
});
