import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * Regression of 3c74dcc (read-deal.ts: HubSpot's closed marker from the shared closed-stage words).
 * At 699a4e9 the marker was /closed\s*(won|lost)/i anywhere in the stage name, so HubSpot custom
 * closed stages with a qualifier ("Closed Lost - No budget", "Closed Won – Expansion") were closed.
 * stageOutcome() only accepts a name that is one outcome word plus "closed"/joiner words, so these
 * are now read as OPEN deals: days in stage keep growing and the stalled warning fires on a lost deal.
 * metrics.md: "Closed (won or lost) deals never get a warning."
 */
const highlight = (name: string, label: string, value: string) =>
  `<div data-test-id="highlight-property-item-${name}"><span>${label}</span> <span data-test-id="highlight-property-display-${name}">${value}</span></div>`;

function page(stage: string): string {
  return dealPage({
    sidebar: `<div>${highlight('dealstage', 'Deal stage', stage)}${highlight('pipeline', 'Pipeline', 'Sales Pipeline')}</div>
<div data-selenium-test="highlightedPropertySidebar">${property('Amount', '$12,000.00')}</div>`,
  });
}

describe('a HubSpot deal in a closed stage whose name carries a qualifier', () => {
  it.each([
    ['Closed Lost - No budget', 'lost'],
    ['Closed Won – Expansion', 'won'],
    ['Closed lost: went with competitor', 'lost'],
  ] as const)('reads "%s" as closed %s, as 699a4e9 did', (stage, outcome) => {
    const { record } = readDeal(page(stage));
    expect(record.closed).toBe(outcome);
  });
});
