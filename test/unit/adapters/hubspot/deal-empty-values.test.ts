import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * A deal whose amount (or stage) has no value: the highlight shows the label with an empty value
 * (a card still filling in, or a property never set), or HubSpot's dash for an empty property
 * (lib/adapters/hubspot/properties.ts: "HubSpot prints an empty property as a dash"). The page shows
 * nothing readable, so the field is notRead with a reason (README: "a notRead list of what it could
 * not read and why"), never a value taken from the next property ("Close date 12/15/2026" → 12).
 */
const highlight = (name: string, label: string, value: string) =>
  `<div data-test-id="highlight-property-item-${name}"><span>${label}</span> <span data-test-id="highlight-property-display-${name}">${value}</span></div>`;

function page(amount: string, stage: string): string {
  return dealPage({
    sidebar: `<div>${highlight('amount', 'Amount', amount)}${highlight('closedate', 'Close date', '12/15/2026')}${highlight('dealstage', 'Deal stage', stage)}${highlight('pipeline', 'Pipeline', 'Sales Pipeline')}</div>
<div data-selenium-test="highlightedPropertySidebar">${property('Deal owner', 'Alex Morgan')}${property('Amount', amount)}${property('Close date', '12/15/2026')}</div>`,
    right:
      '<div data-test-id="associated-objects-card-content-0-1"><h3>Contacts (1)</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/2451908/record/0-1/941">Lena Vogt</a></div>',
  });
}

describe('HubSpot deal fields the page leaves empty', () => {
  it('an empty amount is not read as 12 (from the close date beside it), and is reported', () => {
    const { record, notRead } = readDeal(page('', 'Contract sent'));
    expect(record.amount).toBeUndefined();
    expect(notRead.map((n) => n.field)).toContain('record.amount');
  });

  it('an empty stage is not read as "Pipeline Sales Pipeline", and is reported', () => {
    const { record, notRead } = readDeal(page('$1,000.00', ''));
    expect(record.stage).toBeUndefined();
    expect(notRead.map((n) => n.field)).toContain('record.stage');
  });

  it('a stage shown as HubSpot\'s empty dash "--" is not a stage named "--"', () => {
    const { record, notRead } = readDeal(page('$1,000.00', '--'));
    expect(record.stage).toBeUndefined();
    expect(notRead.map((n) => n.field)).toContain('record.stage');
  });

  it('an empty "Amount" in the About sidebar is not read as 3 (the next property, "Number of times contacted")', () => {
    const html = dealPage({
      sidebar: `<div data-selenium-test="highlightedPropertySidebar">${property('Deal stage', 'Contract sent')}${property('Deal owner', 'Alex Morgan')}${property('Amount', '')}${property('Number of times contacted', '3')}</div>`,
    });
    const { record, notRead } = readDeal(html);
    expect(record.amount).toBeUndefined();
    expect(notRead.map((n) => n.field)).toContain('record.amount');
  });
});
