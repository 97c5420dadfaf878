import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Earlier Lightning releases headed the open part of the timeline "Next Steps" (its empty state,
 * "No next steps. …", crm-evidence-2.md) before "Upcoming & Overdue". Where neither the section's
 * class nor the item's sentence says an Event is open, the heading does: an Event under "Next Steps"
 * printed "9:00 AM | Dec 3" is a meeting coming up, not one held a year ago.
 */
const page = fixturePage('salesforce', 'contact-activity-groups');

describe('an open Event under an older timeline\'s "Next Steps" heading', () => {
  it('is planned for the coming Dec 3', () => {
    const html = edited(
      page.html,
      ['<div class="open-activity-group">', '<div class="slds-section">'],
      ['aria-expanded="true">Upcoming &amp; Overdue', 'aria-expanded="true">Next Steps'],
      [
        '<div class="timelineItem"><div class="slds-text-body_small summary">You have an upcoming Event with Maria Jensen</div></div>',
        '',
      ],
    );
    const meeting = readPage(html, page.url).activities.find((a) => a.title === 'Quarterly check-in');
    expect(meeting).toMatchObject({ type: 'meeting', planned: true, timestamp: '2026-12-03T09:00:00.000Z' });
  });
});
