/**
 * Review s34 (markup generations, a doubt). A timeline item's time may show as relative text
 * ("3 days ago") with the exact time in the element's `title` (crm-evidence-2.md: `title`
 * attributes last longest). The exact time is the better reading: to the minute, and it does not
 * move between visits; an unreadable `title` leaves the shown text to be read.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotContact = fixturePage('hubspot', 'contact-preview-feed');
const STAMP = '<span data-test-id="event-timestamp">Nov 17, 2026 at 10:05 AM</span>';
const pricing = (stamp: string) =>
  readPage(edited(hubspotContact.html, [STAMP, stamp]), hubspotContact.url).activities.find(
    (a) => a.title === 'Pricing for 2027',
  );

describe('HubSpot: an item time shown as relative text with the exact time in its title', () => {
  it('reads the exact time from the title', () => {
    const stamp = '<span data-test-id="event-timestamp" title="Nov 17, 2026 at 10:05 AM">3 days ago</span>';
    expect(pricing(stamp)).toMatchObject({ timestamp: '2026-11-17T10:05:00.000Z', timePrecision: 'minute' });
  });

  it('reads the shown text when the title holds no date', () => {
    const stamp = '<span data-test-id="event-timestamp" title="Sent">Nov 17, 2026 at 10:05 AM</span>';
    expect(pricing(stamp)).toMatchObject({ timestamp: '2026-11-17T10:05:00.000Z', timePrecision: 'minute' });
  });
});
