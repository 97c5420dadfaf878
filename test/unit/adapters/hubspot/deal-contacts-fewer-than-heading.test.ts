/**
 * Review s34 (markup generations). HubSpot's association cards list a few records under
 * "Contacts (n)" with a "View all" link: a card showing fewer links than its heading counts
 * was read only in part.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotDeal = fixturePage('hubspot', 'deal-highlight-stage');

describe('HubSpot: a deal whose Contacts card shows fewer contacts than its heading counts', () => {
  const html = edited(
    hubspotDeal.html,
    ['<h3>Contacts (2)</h3>', '<h3>Contacts (3)</h3>'],
    [
      'Ravi Shah</a></div>',
      'Ravi Shah</a><a href="/contacts/2451908/objects/0-1/views/all/list">View all associated Contacts</a></div>',
    ],
  );

  it('reads the two contacts shown and says the deal’s contacts were read only in part', () => {
    const reading = readPage(html, hubspotDeal.url);
    expect(reading.record.contacts).toEqual([
      { id: '941', name: 'Lena Vogt' },
      { id: '942', name: 'Ravi Shah' },
    ]);
    // 2 of 3 shown: "contacts worked 2 of 2" or "no touch on any contact" would be wrong without a note.
    expect(reading.notRead.map((n) => n.field)).toContain('record.contacts');
  });

  it('(control) says nothing of the kind when the card shows as many contacts as its heading counts', () => {
    const reading = readPage(hubspotDeal.html, hubspotDeal.url);
    expect(reading.notRead.map((n) => n.field)).not.toContain('record.contacts');
  });
});
