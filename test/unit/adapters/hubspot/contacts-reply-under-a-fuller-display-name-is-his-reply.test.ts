/**
 * A HubSpot contact page (Omar Haddad, Fabrikam). Omar answers the owner's email from his mail
 * client, whose display name carries his middle initial ("Omar J. Haddad"), or another spelling
 * altogether, from the very address the page shows as his. Direction comes from who sent it versus
 * the record (crm-evidence-2.md); a reply is an inbound email the contact sent (metrics.md): the
 * mailbox he wrote from and his name however spelled make it his, where a relative or namesake
 * at his company with only his family name is still someone else.
 */
import { describe, expect, it } from 'vitest';
import { asContact, extension } from '../../page-to-panel/chain';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, previewItem } from './contact-page';

const OMAR_URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/1302';
const NOW = new Date('2026-11-20T15:00:00Z');
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>omar.haddad@fabrikam.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Sam Rivera</div></div></div>`;

const email = (header: string, date: string, subject: string, rows: string) =>
  previewItem({ icon: 'Email', header, date, body: `<div>${subject}</div>${rows}` });
const samsEmail = email(
  'Email sent by Sam Rivera',
  'Nov 16, 2026 at 9:00 AM',
  'Route planner pilot',
  '<span>From: Sam Rivera &lt;sam.rivera@northwind-routes.example&gt;</span> <span>To: Omar Haddad &lt;omar.haddad@fabrikam.example&gt;</span>',
);
const replyFrom = (from: string) =>
  email(
    `Email reply from ${from.replace(/ &lt;.*/, '')}`,
    'Nov 18, 2026 at 3:10 PM',
    'Re: Route planner pilot',
    `<span>From: ${from}</span> <span>To: Sam Rivera &lt;sam.rivera@northwind-routes.example&gt;</span>`,
  );
const omarsReply = replyFrom('Omar J. Haddad &lt;omar.haddad@fabrikam.example&gt;');

const read = (feed: string) => {
  const r = readHtml(contactPage({ name: 'Omar Haddad', sidebar, feed }), OMAR_URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r;
};
const reply = (from: string) =>
  read(replyFrom(from) + samsEmail).activities.find((a) => a.title === 'Re: Route planner pilot')?.direction;

describe('HubSpot: the contact replying under a display name other than the page’s', () => {
  it('"Omar J. Haddad", his middle initial, from his own address: his reply, inbound', () => {
    expect(reply('Omar J. Haddad &lt;omar.haddad@fabrikam.example&gt;')).toBe('inbound');
  });

  it('"Omar J. Haddad" with no address shown: still his name, inbound', () => {
    expect(reply('Omar J. Haddad')).toBe('inbound');
  });

  it('a display name that is no spelling of his ("Fabrikam Depots North") at his own address: inbound', () => {
    expect(reply('Fabrikam Depots North &lt;omar.haddad@fabrikam.example&gt;')).toBe('inbound');
  });

  it('Leila Haddad, his family name only, from his company: not his reply', () => {
    expect(reply('Leila Haddad &lt;leila.haddad@fabrikam.example&gt;')).toBe('unknown');
  });

  it('his panel: the owner’s email answered', async () => {
    const view = asContact(await extension().save(read(omarsReply + samsEmail)));
    expect({ answered: view.outcomes.replyRate.numerator, sent: view.outcomes.replyRate.denominator }).toEqual({
      answered: 1,
      sent: 1,
    });
  });
});
