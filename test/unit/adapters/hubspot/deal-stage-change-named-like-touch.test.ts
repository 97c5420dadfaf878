import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * metrics.md, Vocabulary: property changes are automated system events, never touches. A deal
 * stage change whose header names the stage entered ("Deal stage changed to Discovery call",
 * wording the HubSpot reader itself recognises) is a stage move, whatever the stage is called:
 * pipelines often name stages after the step ("Discovery call", "Meeting booked"). It belongs in
 * the stage history and must not count as a call or a held meeting.
 */
function pageWithMove(stage: string): string {
  return dealPage({
    sidebar: `<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span>${stage}</span></div>
<div data-selenium-test="highlightedPropertySidebar">${property('Deal owner', 'Alex Morgan')}${property('Pipeline', 'Sales Pipeline')}</div>`,
    items: [
      { header: `Deal stage changed to ${stage}`, date: 'Nov 16, 2026 at 11:15 AM', body: 'Alex Morgan' },
      {
        header: 'Deal created',
        date: 'Sep 15, 2026 at 10:00 AM',
        body: 'Alex Morgan created this deal in Appointment scheduled (Sales Pipeline)',
      },
    ],
    right:
      '<div data-test-id="associated-objects-card-content-0-1"><h3>Contacts (1)</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/2451908/record/0-1/941">Lena Vogt</a></div>',
  });
}

describe('HubSpot stage change into a stage named like a touch', () => {
  for (const stage of ['Discovery call', 'Meeting booked']) {
    it(`"Deal stage changed to ${stage}" is a system item and the stage's entry, not a touch`, () => {
      const { record, activities } = readDeal(pageWithMove(stage));
      expect(activities.filter((a) => a.timestamp === '2026-11-16T11:15:00.000Z').map((a) => a.type)).toEqual([
        'system',
      ]);
      expect(record.stageHistory).toEqual([
        { stage: 'Appointment scheduled', enteredAt: '2026-09-15T10:00:00.000Z' },
        { stage, enteredAt: '2026-11-16T11:15:00.000Z' },
      ]);
    });
  }
});
