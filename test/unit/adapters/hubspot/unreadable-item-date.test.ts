/**
 * Review s34 (markup generations, a doubt). An item whose date the reader cannot parse ("last
 * week") keeps the raw text and no timestamp (contracts.md), and, like every value not read, is
 * reported in `notRead` (README) so the panel can say some touches were not dated.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotContact = fixturePage('hubspot', 'contact-preview-feed');

describe('HubSpot: an item dated "last week"', () => {
  it('keeps the text, invents no date, and says the item’s date was not read', () => {
    const html = edited(hubspotContact.html, [
      '<span data-test-id="event-timestamp">Nov 17, 2026 at 10:05 AM</span>',
      '<span data-test-id="event-timestamp">last week</span>',
    ]);
    const reading = readPage(html, hubspotContact.url);
    const index = reading.activities.findIndex((a) => a.title === 'Pricing for 2027');
    expect(reading.activities[index]).toMatchObject({ dateText: 'last week' });
    expect(reading.activities[index]?.timestamp).toBeUndefined();
    expect(reading.notRead).toContainEqual({
      field: `activities[${index}].timestamp`,
      reason: 'unreadable date "last week"',
    });
  });
});
