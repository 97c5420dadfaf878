/**
 * From review s34 (markup generations; the HubSpot reader gets the same rule): a persons section
 * may show fewer person links than its heading counts ("Persons (3)" above two links, the rest
 * behind "View all" or a scroll). The links shown are read, and the deal's contacts are reported
 * partly read: "2 of 2 contacts worked" would be wrong without a note.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
const toggle = 'aria-expanded="true">Persons (2)</button>';
const contactsNotes = (html: string) => readPage(html, deal.url).notRead.filter((n) => n.field === 'contacts');

describe('Pipedrive deal: a persons section whose heading counts more persons than it shows', () => {
  it.each([
    ['in brackets', 'aria-expanded="true">Persons (3)</button>'],
    ['as a badge', 'aria-expanded="true">Persons <span class="cui5-badge">3</span></button>'],
  ])('reads the two shown and reports the contacts partly read (count %s)', (_, heading) => {
    const html = edited(deal.html, [toggle, heading]);
    const ids = (readPage(html, deal.url).record.contacts as { id: string }[]).map((c) => c.id);
    expect(ids).toEqual(['2210', '2231']);
    expect(contactsNotes(html)).toHaveLength(1);
  });

  it('(control) a heading that counts the persons shown adds no note', () => {
    expect(contactsNotes(deal.html)).toEqual([]);
  });
});
