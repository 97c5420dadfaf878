// @vitest-environment happy-dom
/**
 * Review "hostile". The item's text was cut at 300 characters, its subject included: a long subject
 * (a pasted sentence of 266 characters) pushed the From and To rows out, so Alex Morgan's email to
 * Lena Vogt lost its direction (crm-evidence-2.md: "direction comes from who sent it versus the
 * record") and the reply rate counted one outbound email too few (metrics.md "Reply rate"). The
 * subject is read whole, the rows after it too; a long body is still read only in part.
 */
import { describe, expect, it } from 'vitest';
import { boundedDescription } from '../../../../lib/adapters/hubspot/description-bound';
import { contactPage, previewItem, readContact } from './contact-page';
import { property } from './deal-page';

const rows = '<div><span>From: alex.morgan@contoso.example</span> <span>To: lena.vogt@northwind.example</span></div>';
const LONG =
  'Following up on the pricing discussion from Tuesday, the revised rollout plan for the northern depots, ' +
  'the updated service levels your operations team asked for, and the two open questions on data retention ' +
  'that legal raised last week - summary and next steps inside';

const emailWith = (subject: string) =>
  readContact(
    contactPage({
      sidebar: property('Email', 'lena.vogt@northwind.example') + property('Contact owner', 'Alex Morgan'),
      feed: previewItem({ header: 'Email', date: 'Nov 18, 2026 at 10:05 AM', body: `<div>${subject}</div>${rows}` }),
    }),
  ).activities[0];

describe('HubSpot: an email with a long subject', () => {
  it('(control) "Next steps" to the contact\'s address is outbound', () => {
    expect(emailWith('Next steps')).toMatchObject({ type: 'email', direction: 'outbound' });
  });

  it(`a ${LONG.length}-character subject to the contact's address is still outbound`, () => {
    expect(emailWith(LONG)).toMatchObject({ type: 'email', direction: 'outbound' });
  });

  it('a 5,000-character first line (a body, no subject) is still read only in part', () => {
    const body = 'We went through the rollout plan line by line. '.repeat(105);
    expect(boundedDescription(body, body).length).toBeLessThan(1500);
  });
});
