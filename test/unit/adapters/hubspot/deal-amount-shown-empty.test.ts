import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * HubSpot prints an empty property as "--" (crm-evidence-2.md). A deal whose Amount shows "--" has
 * no amount in the CRM: the reading says the amount is shown empty, so that the store drops an
 * amount read before (test/unit/db/deal-amount-cleared-in-the-crm.test.ts). A page without the
 * Amount property says only that the amount was not read. Oracle, by hand (review "money").
 */
const highlight = (value: string) =>
  `<div data-test-id="highlight-property-item-amount"><span>Amount</span> <span>${value}</span></div>`;

describe('HubSpot deal amount shown empty', () => {
  it.each(['--', '—'])('"Amount %s" in the highlights is an amount shown empty', (value) => {
    const result = readDeal(dealPage({ sidebar: highlight(value) }));
    expect(result.record.amountShownEmpty).toBe(true);
    expect(result.record.amount).toBeUndefined();
    expect(result.notRead.map((n) => n.field)).not.toContain('record.amount');
  });

  it('a dash beside the Amount label in the properties is an amount shown empty', () => {
    const result = readDeal(dealPage({ sidebar: property('Amount', '--') }));
    expect(result.record.amountShownEmpty).toBe(true);
  });

  it('(control) an Amount label with nothing beside it (a card still filling in) is an amount not read', () => {
    const result = readDeal(dealPage({ sidebar: highlight('') }));
    expect(result.record.amountShownEmpty).toBeUndefined();
    expect(result.notRead.map((n) => n.field)).toContain('record.amount');
  });

  it('(control) no Amount property on the page is an amount not read, not one shown empty', () => {
    const result = readDeal(dealPage({ sidebar: property('Deal stage', 'Proposal') }));
    expect(result.record.amountShownEmpty).toBeUndefined();
    expect(result.notRead.map((n) => n.field)).toContain('record.amount');
  });

  it('(control) "Amount $48,000.00" is that amount', () => {
    const { record } = readDeal(dealPage({ sidebar: highlight('$48,000.00') }));
    expect([record.amount, record.currency, record.amountShownEmpty]).toEqual([48000, 'USD', undefined]);
  });
});
