/**
 * A HubSpot contact page (Omar Haddad, Fabrikam) whose timeline holds mail his colleague Dana
 * Whitfield wrote: HubSpot logs a mail on every contact it was addressed or copied to. Direction
 * comes from who sent it versus the record (crm-evidence-2.md; metrics.md: outbound is rep to
 * contact, a reply an inbound email the contact sent). Omar sent neither of Dana's mails and no rep
 * wrote them: neither is his reply nor the rep's outbound email, whatever the header's "reply"
 * says or whom the To row names. The Salesforce and Pipedrive readers read such mail so too.
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
/** The owner's email to Dana and Omar. */
const samsEmail = email(
  'Email sent by Sam Rivera',
  'Nov 16, 2026 at 9:00 AM',
  'Route planner pilot',
  '<span>From: Sam Rivera</span> <span>To: Dana Whitfield, Omar Haddad</span>',
);
/** Dana answers the rep "reply all", Omar in Cc. */
const danasReplyAll = email(
  'Email reply from Dana Whitfield',
  'Nov 18, 2026 at 3:10 PM',
  'Re: Route planner pilot',
  '<span>From: Dana Whitfield</span> <span>To: Sam Rivera</span> <span>Cc: Omar Haddad</span>',
);
/** Dana hands the pilot over to Omar, the rep in Cc. */
const danasHandover = email(
  'Email from Dana Whitfield',
  'Nov 19, 2026 at 8:30 AM',
  'Handover: route planner pilot',
  '<span>From: Dana Whitfield</span> <span>To: Omar Haddad</span> <span>Cc: Sam Rivera</span>',
);
/** A teammate of the owner: the page names Casey Nguyen as a rep in a header of its own. */
const caseysNote = previewItem({
  note: true,
  icon: 'Note',
  header: 'Note by Casey Nguyen',
  date: 'Nov 10, 2026 at 11:00 AM',
  body: '<div>Omar runs the depots in the north.</div>',
});
const caseysEmail = email(
  'Email',
  'Nov 11, 2026 at 10:00 AM',
  'Depot visit',
  '<span>From: Casey Nguyen</span> <span>To: Omar Haddad</span>',
);
/** The same mail from Casey's address at the rep's company, no header naming Casey anywhere. */
const caseysEmailFromHerAddress = email(
  'Email',
  'Nov 11, 2026 at 10:00 AM',
  'Depot visit',
  '<span>From: Casey Nguyen &lt;casey.nguyen@northwind-routes.example&gt;</span> <span>To: Omar Haddad</span>',
);
/** Dana's handover from her address at Omar's company. */
const danasHandoverFromHerAddress = email(
  'Email from Dana Whitfield',
  'Nov 19, 2026 at 8:30 AM',
  'Handover: route planner pilot',
  '<span>From: Dana Whitfield &lt;dana.whitfield@fabrikam.example&gt;</span> <span>To: Omar Haddad</span> <span>Cc: Sam Rivera</span>',
);

const read = (feed: string) => {
  const r = readHtml(contactPage({ name: 'Omar Haddad', sidebar, feed }), OMAR_URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r;
};
const directions = (feed: string) => Object.fromEntries(read(feed).activities.map((a) => [a.title, a.direction]));

describe("HubSpot: a colleague's mail on the contact's page, the contact addressed or copied", () => {
  it('Dana’s reply-all and her mail to Omar are unknown; the owner’s email to both is outbound', () => {
    expect(directions(danasHandover + danasReplyAll + samsEmail)).toMatchObject({
      'Route planner pilot': 'outbound',
      'Re: Route planner pilot': 'unknown',
      'Handover: route planner pilot': 'unknown',
    });
  });

  it('a rep the page names in another header who writes to Omar is outbound', () => {
    expect(directions(caseysEmail + caseysNote)['Depot visit']).toBe('outbound');
  });

  it('a sender the page names nowhere else, writing from a domain none of the contacts is at, to Omar is outbound; one from Omar’s company is unknown', () => {
    expect(directions(caseysEmailFromHerAddress)['Depot visit']).toBe('outbound');
    expect(directions(caseysEmail)['Depot visit']).toBe('unknown');
    expect(directions(danasHandoverFromHerAddress)['Handover: route planner pilot']).toBe('unknown');
  });

  it('Omar’s panel: one email sent by the rep, none answered by Omar', async () => {
    const view = asContact(await extension().save(read(danasHandover + danasReplyAll + samsEmail)));
    expect({
      answered: view.outcomes.replyRate.numerator,
      sent: view.outcomes.replyRate.denominator,
      toFirstReply: view.outcomes.touchesToFirstReply,
    }).toEqual({ answered: 0, sent: 1, toFirstReply: null });
  });
});
