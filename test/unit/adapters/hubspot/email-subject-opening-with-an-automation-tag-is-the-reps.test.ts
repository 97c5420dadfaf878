import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';

/**
 * metrics.md: automated is "a touch sent by a sequence/cadence tool without a person writing it".
 * HubSpot's "Sequence:" tag stands beside an email's subject; a subject the rep typed opening with
 * "Workflow:" (his note on the contact's purchase-order workflow) says nothing of a tool.
 */
const contactNames = ['Lena Vogt'];
const rows = 'From: sam.rivera@contoso.example To: lena.vogt@northwind.example';

describe('a rep’s email whose subject opens with "Workflow:" or "Sequence:"', () => {
  it.each([['Workflow: PO approval steps'], ['Sequence: what happens after signing']])(
    'subject "%s" under the header "Email" is no automated email',
    (subject) => {
      const c = classifyActivity('Email', { subject, description: `${subject} ${rows}`, contactNames });
      expect(c).toMatchObject({ type: 'email', automated: false });
    },
  );

  it('subject "Workflow: PO approval steps" repeated in the header is no automated email either', () => {
    const subject = 'Workflow: PO approval steps';
    const c = classifyActivity(`Email - ${subject}`, { subject, description: `${subject} ${rows}`, contactNames });
    expect(c.automated).toBe(false);
  });

  it('(control) the tag beside the subject still marks a sequence email', () => {
    const subject = 'Route pricing v2';
    const c = classifyActivity('Email', {
      subject,
      description: `${subject} Sequence: Q4 outreach (step 2) ${rows}`,
      contactNames,
    });
    expect(c.automated).toBe(true);
  });
});
