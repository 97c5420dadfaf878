// @vitest-environment happy-dom
/**
 * The deal value's last way in is a piece of text that is an amount. Looked for over the whole view,
 * the first such piece could be an old value in a changelog entry of the History ("Wert: 10.000,00 € →
 * 22.500,00 €") when the header draws its value as number and currency in two elements: the deal was
 * worth 10,000 €. The value is looked for in the deal's header only (found by its title, whatever its
 * tag and classes); what cannot be read there is reported, never taken from the feed.
 */
import { describe, expect, it } from 'vitest';
import { changelogItem, dealPage, readDeal } from './div-header-deal-page';

const CHANGE = changelogItem('Wert: <span>10.000,00 €</span> → <span>22.500,00 €</span>', '18. November 2026 14:05');

describe('Pipedrive: the deal value', () => {
  it('is the header’s, drawn as number and currency in two elements, not the feed’s old value', () => {
    const value = '<span class="DealHeader__value--d3Fg"><span>22.500,00</span> <span>€</span></span>';
    const { record } = readDeal(dealPage({ lang: 'de', value, feed: CHANGE }));
    expect([record.amount, record.currency]).toEqual([22500, 'EUR']);
  });

  it('is reported as not read, never the feed’s, when the header shows none', () => {
    const reading = readDeal(dealPage({ lang: 'de', value: '', feed: CHANGE }));
    expect(reading.record.amount).toBeUndefined();
    expect(reading.notRead).toContainEqual(expect.objectContaining({ field: 'amount' }));
  });
});
