import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * The timeline lists items newest first and dates them to the minute. A deal created in one stage
 * and moved on within the same minute (a workflow, or a rep dragging it straight on) shows two items
 * with the same time; the lower one happened first. metrics.md: the stage history is (stage, entered
 * at), and the current visit is the latest entry; with the two the wrong way round, the deal's
 * current stage ("Qualified to buy") is not its latest entry and time in stage is lost.
 */
const page = dealPage({
  sidebar: `<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span>Qualified to buy</span></div>
<div data-selenium-test="highlightedPropertySidebar">${property('Deal owner', 'Alex Morgan')}${property('Pipeline', 'Sales Pipeline')}</div>`,
  items: [
    {
      header: 'Deal stage changed',
      date: 'Sep 15, 2026 at 10:00 AM',
      body: 'Alex Morgan moved the deal from Appointment scheduled to Qualified to buy (Sales Pipeline)',
    },
    {
      header: 'Deal created',
      date: 'Sep 15, 2026 at 10:00 AM',
      body: 'Alex Morgan created this deal in Appointment scheduled (Sales Pipeline)',
    },
  ],
  right:
    '<div data-test-id="associated-objects-card-content-0-1"><h3>Contacts (1)</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/2451908/record/0-1/941">Lena Vogt</a></div>',
});

describe('HubSpot stage moves dated to the same minute', () => {
  it('keeps the timeline order (lower item first): created in Appointment scheduled, then Qualified to buy', () => {
    const { record } = readDeal(page);
    expect(record.stageHistory.map((e) => e.stage)).toEqual(['Appointment scheduled', 'Qualified to buy']);
  });
});
