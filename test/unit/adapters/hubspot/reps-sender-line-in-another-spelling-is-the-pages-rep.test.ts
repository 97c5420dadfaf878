/**
 * Review s62 ("who"). A mail client names the rep who wrote a mail its own way: the CRM user and
 * contact owner "Samuel Rivera" sends as "Sam Rivera" from Gmail, as "Rivera, Samuel" from
 * Outlook. HubSpot's preview prints the line as the mail had it ("from Sam Rivera to Mara Quist").
 * Each spelling was stored as the email's owner, so the team page (contracts.md: one `[data-rep]`
 * row per rep) showed three reps for one. The reader already knows these are one person
 * (locale/same-person-name.ts, which tells the mail is outbound): the owner is the page's spelling.
 */
import { describe, expect, it } from 'vitest';
import { bodyOwner } from '../../../../lib/adapters/hubspot/item-owner';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, previewItem } from './contact-page';

const URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/5102';
const NOW = new Date('2026-11-20T15:00:00Z');
const sidebar = (owner: string) =>
  `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>mara.quist@fjord.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>${owner}</div></div></div>`;
const email = (date: string, line: string) =>
  previewItem({ icon: 'Email', header: 'Logged email - Quote', date, body: `<p>${line}</p><p>Hi, see the quote.</p>` });
const call = previewItem({
  icon: 'Call',
  header: 'Call - Connected made by Samuel Rivera',
  date: 'Nov 18, 2026 at 10:05 AM',
});

const owners = (owner: string, feed: string) => {
  const r = readHtml(contactPage({ name: 'Mara Quist', sidebar: sidebar(owner), feed }), URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.type, a.direction, a.owner]);
};

describe('HubSpot: the rep a mail client spells otherwise is the rep the page names', () => {
  it('"Sam Rivera" and "Rivera, Samuel" writing to the contact are the owner "Samuel Rivera"', () => {
    const feed =
      call +
      email('Nov 17, 2026 at 9:05 AM', 'from Sam Rivera to Mara Quist') +
      email('Nov 16, 2026 at 9:05 AM', 'from Rivera, Samuel to Mara Quist');
    expect(owners('Samuel Rivera', feed)).toEqual([
      ['call', 'outbound', 'Samuel Rivera'],
      ['email', 'outbound', 'Samuel Rivera'],
      ['email', 'outbound', 'Samuel Rivera'],
    ]);
  });

  it('the contact’s reply to "Sam Rivera" is on the owner "Samuel Rivera"', () => {
    const wording = { words: [en], contactNames: ['Mara Quist'], shown: ['Samuel Rivera'] };
    expect(bodyOwner('from Mara Quist to Sam Rivera', { direction: 'inbound' }, wording)).toBe('Samuel Rivera');
  });

  it('(control) where "Sam Rivera" could be either of two reps the page names, the line’s spelling stays', () => {
    const note = previewItem({
      note: true,
      icon: 'Note',
      header: 'Note by Samantha Rivera',
      date: 'Nov 15, 2026 at 9:00 AM',
    });
    const feed = email('Nov 17, 2026 at 9:05 AM', 'from Sam Rivera to Mara Quist') + note;
    expect(owners('Samuel Rivera', feed)[0]).toEqual(['email', 'outbound', 'Sam Rivera']);
  });
});
