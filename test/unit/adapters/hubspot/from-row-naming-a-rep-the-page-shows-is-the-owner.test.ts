/**
 * Review s62 ("who"). A "Logged email" (logged from Outlook or Gmail) opens with its mail's rows:
 * "From: Samuel Rivera <samuel.rivera@…>", "To: Mara Quist <…>". The reader settled the mail
 * outbound by that From row (email-parties.ts) yet took no owner from it, so the owner's logged
 * emails were on no rep's row (team-view.md: touches whose page showed no owner are in no row).
 * The row's sender is the owner where the page names that rep (the record's owner, a user an item's
 * header names), in the page's spelling; a sender it names nowhere is no one it places.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, previewItem } from './contact-page';

const URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/5105';
const NOW = new Date('2026-11-20T15:00:00Z');
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>mara.quist@fjord.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Samuel Rivera</div></div></div>`;
const logged = (subject: string, from: string) =>
  previewItem({
    icon: 'Email',
    header: `Logged email - ${subject}`,
    date: 'Nov 17, 2026 at 9:05 AM',
    body: `<p>From: ${from}</p><p>To: Mara Quist &lt;mara.quist@fjord.example&gt;</p><p>Hi Mara, attached is the quote.</p>`,
  });

const owners = (feed: string) => {
  const r = readHtml(contactPage({ name: 'Mara Quist', sidebar, feed }), URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.direction, a.owner]);
};

describe('HubSpot: a logged email’s From row names its rep', () => {
  it('the owner’s From row, as the page spells him or as his mail client does', () => {
    expect(
      owners(
        logged('Quote', 'Samuel Rivera &lt;samuel.rivera@northwind.example&gt;') +
          logged('Quote follow-up', 'Sam Rivera &lt;samuel.rivera@northwind.example&gt;'),
      ),
    ).toEqual([
      ['outbound', 'Samuel Rivera'],
      ['outbound', 'Samuel Rivera'],
    ]);
  });

  it('a teammate a header names elsewhere ("Note by Casey Nguyen")', () => {
    const note = previewItem({
      note: true,
      icon: 'Note',
      header: 'Note by Casey Nguyen',
      date: 'Nov 10, 2026 at 9:00 AM',
    });
    expect(owners(logged('Depot visit', 'Casey Nguyen &lt;casey.nguyen@northwind.example&gt;') + note)[0]).toEqual([
      'outbound',
      'Casey Nguyen',
    ]);
  });
});
