/**
 * A HubSpot contact page whose owner is "Samuel Rivera" (the Contact owner property shows the
 * user's full name). Samuel's mail client sends as "Sam Rivera", or Outlook's "Rivera, Samuel"; the
 * email was logged (BCC or the extension) and its header names no user. Outbound is rep to contact
 * and the contact's touches count it (metrics.md): the owner's name however his mail client spells
 * it is his, where another Rivera whose first name is no short form of his is not.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, previewItem } from './contact-page';

const OMAR_URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/1302';
const NOW = new Date('2026-11-20T15:00:00Z');
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>omar.haddad@fabrikam.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Samuel Rivera</div></div></div>`;

const loggedEmail = (rows: string) =>
  previewItem({
    icon: 'Email',
    header: 'Logged email',
    date: 'Nov 16, 2026 at 9:00 AM',
    body: `<div>Route planner pilot</div>${rows}`,
  });

const direction = (rows: string) => {
  const r = readHtml(contactPage({ name: 'Omar Haddad', sidebar, feed: loggedEmail(rows) }), OMAR_URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.find((a) => a.title === 'Route planner pilot')?.direction;
};

describe('HubSpot: the owner’s logged email, the From row spelling the owner’s name otherwise', () => {
  it('"Sam Rivera" for the owner Samuel Rivera, to the contact: outbound', () => {
    expect(direction('<span>From: Sam Rivera</span> <span>To: Omar Haddad</span>')).toBe('outbound');
  });

  it('"Rivera, Samuel" (Outlook’s Last, First) to the contact: outbound', () => {
    expect(direction('<span>From: Rivera, Samuel</span> <span>To: Omar Haddad</span>')).toBe('outbound');
  });

  it('"Samantha Rivera", no short form of Samuel, from Omar’s company: not the owner’s', () => {
    expect(
      direction(
        '<span>From: Samantha Rivera &lt;samantha.rivera@fabrikam.example&gt;</span> <span>To: Omar Haddad</span>',
      ),
    ).toBe('unknown');
  });
});
