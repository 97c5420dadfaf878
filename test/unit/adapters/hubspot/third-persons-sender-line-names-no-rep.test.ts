/**
 * Review s62 ("who"). HubSpot logs a mail on every contact it was addressed or copied to: the
 * contact's colleague Tom Becker writing to her ("from Tom Becker to Lena Vogt") is on her timeline.
 * email-parties.ts reads such a mail as neither her reply nor a rep's touch (direction unknown), yet
 * item-owner.ts took the name after "from" as the rep, and the team page listed "Tom Becker" as a
 * rep with a touch (metrics.md: activity per rep divided by one rep too many). A "from … to …"
 * line names a rep only on an email read outbound, as email-parties.ts settles it: a sender the
 * page names (the record's owner, a user a header names), or one writing from an address at none
 * of the contacts' domains, stays the rep of their mail.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, previewItem } from './contact-page';

const URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/5104';
const NOW = new Date('2026-11-20T15:00:00Z');
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>lena.vogt@kuehlhaus.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Samuel Rivera</div></div></div>`;
const email = (subject: string, line: string) =>
  previewItem({
    icon: 'Email',
    header: `Email - ${subject}`,
    date: 'Nov 17, 2026 at 1:05 PM',
    body: `<p>${line}</p><p>Lena, can you check the delivery dates?</p>`,
  });

const read = (feed: string) => {
  const r = readHtml(contactPage({ name: 'Lena Vogt', sidebar, feed }), URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.direction, a.owner]);
};

describe('HubSpot: a "from … to <contact>" line of someone the page does not place names no rep', () => {
  it('the contact’s colleague writing to her is no one’s', () => {
    expect(read(email('Re: Quote', 'from Tom Becker to Lena Vogt'))).toEqual([['unknown', undefined]]);
  });

  it('(control) a teammate a header names, and the owner himself, stay the reps of their mail', () => {
    const note = previewItem({
      note: true,
      icon: 'Note',
      header: 'Note by Casey Nguyen',
      date: 'Nov 10, 2026 at 9:00 AM',
    });
    expect(
      read(
        email('Depot visit', 'from Casey Nguyen to Lena Vogt') +
          email('Quote', 'from Samuel Rivera to Lena Vogt') +
          note,
      ).slice(0, 2),
    ).toEqual([
      ['outbound', 'Casey Nguyen'],
      ['outbound', 'Samuel Rivera'],
    ]);
  });
});
