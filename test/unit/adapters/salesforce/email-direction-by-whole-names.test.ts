// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: an email's "direction comes from who sent it versus the record". The contact
 * is Dan Li; the Contact Owner is Dan Lindberg, a rep. Oracle, by hand: an email Dan Lindberg sent
 * to Dan Li is outbound and Dan Lindberg's; "Dan Lindberg" is not the contact because it begins
 * with the letters "Dan Li", and neither is "Dan Li-Sørensen" (a name goes on across a hyphen),
 * nor "Anna Müllerová" the contact "Anna Müller" (letters beyond ASCII). (Moved from zz-review-salesforce.)
 */
function email(summary: string, contact: string, owner: string) {
  const li = item({
    token: 'EmailMessage',
    icon: 'email',
    iconTitle: 'Email',
    subject: 'Proposal',
    id: '02s5g00000QpRsTAAV',
    date: '9:05 AM | Nov 17',
    summary,
  });
  const html = contactPage(timeline('', [{ heading: 'November • 2026', items: li }]), {
    name: contact,
    email: 'contact@globex.example',
    owner,
  });
  return read(html).activities.find((a) => a.title === 'Proposal');
}

describe('a rep whose name begins with the contact’s name', () => {
  it('guard: the contact writing to the rep is inbound', () => {
    expect(email('Dan Li sent an email to Dan Lindberg', 'Dan Li', 'Dan Lindberg')?.direction).toBe('inbound');
  });

  it('the rep writing to the contact is outbound, and the rep’s', () => {
    expect(email('Dan Lindberg sent an email to Dan Li', 'Dan Li', 'Dan Lindberg')).toMatchObject({
      direction: 'outbound',
      owner: 'Dan Lindberg',
    });
  });

  it('a double-barrelled name is another person', () => {
    expect(email('Dan Li-Sørensen sent an email to Dan Li', 'Dan Li', 'Dan Li-Sørensen')).toMatchObject({
      direction: 'outbound',
      owner: 'Dan Li-Sørensen',
    });
  });

  it('letters beyond ASCII end no name early', () => {
    expect(email('Anna Müllerová sent an email to Anna Müller', 'Anna Müller', 'Anna Müllerová')).toMatchObject({
      direction: 'outbound',
      owner: 'Anna Müllerová',
    });
  });
});
