import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * A "Date entered" property reads its value as the other properties do (value-text.ts): the row's
 * own "Details" button beside the date is no part of it. Read whole, "Nov 16, 2026 11:15 AMDetails"
 * was no date, and the stage's entry was reported as not read.
 */
describe('HubSpot "Date entered" with the row\'s own Details button', () => {
  it('reads the date beside the button', () => {
    const entered = (stage: string, when: string) =>
      property(
        `Date entered "${stage} (Sales Pipeline)"`,
        `<span>${when}</span><button type="button">Details</button>`,
      );
    const { record } = readDeal(
      dealPage({
        sidebar: `<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span>Contract sent</span></div>
<div data-selenium-test="highlightedPropertySidebar">${property('Pipeline', 'Sales Pipeline')}${entered('Qualified to buy', 'Nov 2, 2026 2:00 PM')}${entered('Contract sent', 'Nov 16, 2026 11:15 AM')}</div>`,
        items: [],
      }),
    );
    expect(record.stageHistory).toEqual([
      { stage: 'Qualified to buy', enteredAt: '2026-11-02T14:00:00.000Z' },
      { stage: 'Contract sent', enteredAt: '2026-11-16T11:15:00.000Z' },
    ]);
  });
});
