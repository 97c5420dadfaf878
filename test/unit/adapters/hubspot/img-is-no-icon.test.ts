/**
 * Regression review s34. The img[alt] icon fallback (e6b3cc3) takes the first image of a card
 * without an icon element as its icon. A timeline card on a page whose icons are not marked
 * (contact-long-timeline) that holds an avatar or an email's signature banner read right at 8f93e69.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const page = fixturePage('hubspot', 'contact-long-timeline');

describe('HubSpot: an image in a card is not its icon', () => {
  it('a lifecycle stage change showing the rep’s avatar ("Callum Reed") stays a system item, not a call', () => {
    const html = edited(page.html, [
      '<p>Lifecycle stage changed from Lead to Opportunity</p>',
      '<img alt="Callum Reed" src="avatar.png"><p>Lifecycle stage changed from Lead to Opportunity</p>',
    ]);
    const item = readPage(html, page.url).activities.find((a) => a.timestamp === '2026-10-30T12:00:00.000Z');
    expect(item?.type).toBe('system');
  });

  it('the rep’s email with a signature banner "Meet us at INBOUND 2026" stays outbound', () => {
    const html = edited(page.html, [
      'Hi Dana, here is the Northwind case study.</div>',
      'Hi Dana, here is the Northwind case study.<img alt="Meet us at INBOUND 2026" src="banner.png"></div>',
    ]);
    const email = readPage(html, page.url).activities.find((a) => a.timestamp === '2026-11-12T14:01:00.000Z');
    expect(email).toMatchObject({ type: 'email', direction: 'outbound' });
  });
});
