import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * Review s60 (dealpanel). HubSpot's "Date entered" label names the stage and, in parentheses last,
 * its pipeline: 'Date entered "Negotiation (legal) (Sales Pipeline)"'. The label's pattern took
 * everything from the first parenthesis for the pipeline, so the stage read "Negotiation": no entry
 * for the deal's stage, "0–36 days in stage" and no stall warning, plus a stage that does not exist.
 */
describe('HubSpot "Date entered" for a stage named with its own parentheses', () => {
  it('keeps the stage whole and drops only the pipeline', () => {
    const entered = (stage: string, when: string) =>
      property(`Date entered "${stage} (Sales Pipeline)"`, `<span>${when}</span>`);
    const { record } = readDeal(
      dealPage({
        sidebar: `<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span>Negotiation (legal)</span></div>
<div data-selenium-test="highlightedPropertySidebar">${property('Pipeline', 'Sales Pipeline')}${entered('Proposal', 'Oct 1, 2026 10:00 AM')}${entered('Negotiation (legal)', 'Oct 15, 2026 10:00 AM')}</div>`,
        items: [],
      }),
    );
    expect(record.stageHistory).toEqual([
      { stage: 'Proposal', enteredAt: '2026-10-01T10:00:00.000Z' },
      { stage: 'Negotiation (legal)', enteredAt: '2026-10-15T10:00:00.000Z' },
    ]);
  });
});
