// @vitest-environment happy-dom
/**
 * Review "hostile". An email's subject is text its writer typed: Alex Morgan's recap "Notes from
 * our call (logged by Priya Shah on Nov 18)" names the colleague who logged the call, not who sent
 * the mail. The "by" rule read it in the subject and gave the email to Priya Shah, a rep who sent
 * nothing (metrics.md "Activity per rep"). A "by" name counts only after the subject.
 */
import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';
import { property } from './deal-page';

const rows = '<span>From: alex.morgan@contoso.example</span> <span>To: lena.vogt@northwind.example</span>';

const owners = (header: string, subject: string, rest: string) =>
  readContact(
    contactPage({
      sidebar: property('Email', 'lena.vogt@northwind.example') + property('Contact owner', 'Alex Morgan'),
      feed: previewItem({ header, date: 'Nov 18, 2026 at 10:05 AM', body: `<div>${subject}</div><div>${rest}</div>` }),
    }),
  ).activities.map((a) => a.owner);

describe('HubSpot: a "by" name in a subject is no owner', () => {
  it('"Notes from our call (logged by Priya Shah on Nov 18)" from Alex Morgan\'s address is not Priya Shah\'s', () => {
    // The rows give an address, no name: whose row the email goes to is not asserted, only that Priya gets none.
    expect(owners('Email', 'Notes from our call (logged by Priya Shah on Nov 18)', rows)).not.toContain('Priya Shah');
  });

  it('(control) a "by" name after the subject still names the rep: "Pricing" + "Call logged by Casey Nguyen"', () => {
    expect(owners('Logged call', 'Pricing', 'Call logged by Casey Nguyen')).toEqual(['Casey Nguyen']);
  });
});
