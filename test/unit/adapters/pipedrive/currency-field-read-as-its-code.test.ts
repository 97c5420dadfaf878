// @vitest-environment happy-dom
/**
 * A separate Currency field may show the currency's name with its code ("US Dollar (USD)",
 * "Dollar canadien (CAD)") rather than the code alone. The reader stored the field's whole text as
 * the deal's currency, so amounts were kept in a currency named "US Dollar (USD)" that no figure
 * knows. The record keeps the code; a field naming no code ("Euro") is reported, never stored.
 */
import { describe, expect, it } from 'vitest';
import { CALL, dealPage, fieldRow, readDeal } from './div-header-deal-page';

const withCurrencyField = (lang: string, value: string, shown: string) =>
  readDeal(dealPage({ lang, value, fields: fieldRow('Owner', 'Casey Nguyen') + shown, feed: CALL }));
const currencyNotRead = (reading: ReturnType<typeof readDeal>) => reading.notRead.filter((n) => n.field === 'currency');

describe('Pipedrive: a Currency field', () => {
  it('showing "US Dollar (USD)" gives the currency USD', () => {
    const reading = withCurrencyField('en-US', '', fieldRow('Currency', 'US Dollar (USD)'));
    expect(reading.record.currency).toBe('USD');
    expect(currencyNotRead(reading)).toEqual([]);
  });

  it('showing a name with capitals of its own takes the code in brackets', () => {
    const reading = withCurrencyField('en-US', '', fieldRow('Currency', 'CFA Franc BCEAO (XOF)'));
    expect(reading.record.currency).toBe('XOF');
  });

  it('showing "Dollar canadien (CAD)" settles a lone "$" on a fr-CA page', () => {
    const reading = withCurrencyField(
      'fr-CA',
      '<span class="DealHeader__value--d3Fg">36\u00a0000,00\u00a0$</span>',
      fieldRow('Devise', 'Dollar canadien (CAD)'),
    );
    expect([reading.record.amount, reading.record.currency]).toEqual([36000, 'CAD']);
    expect(currencyNotRead(reading)).toEqual([]);
  });

  it('showing a name and no code is reported, not stored', () => {
    const reading = withCurrencyField('en-US', '', fieldRow('Currency', 'Euro'));
    expect(reading.record.currency).toBeUndefined();
    expect(currencyNotRead(reading).map((n) => n.reason)).toEqual([expect.stringContaining('"Euro"')]);
  });

  it('control: the code alone is the currency', () => {
    expect(withCurrencyField('en-US', '', fieldRow('Currency', 'EUR')).record.currency).toBe('EUR');
  });
});
