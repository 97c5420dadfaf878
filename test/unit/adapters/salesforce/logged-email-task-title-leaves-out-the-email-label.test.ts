/**
 * An email logged from a mail client (Email-to-Salesforce, the Outlook or Gmail integration) is a
 * Task whose subject is the mail's behind Salesforce's "Email: " label. Its title is the mail's
 * subject, so the duplicate rules see the same title as the synced copy of that mail (metrics.md
 * rule 3). A mail whose own subject opens with "Email:" (an EmailMessage) keeps it.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, item, NOW, timeline, URL_CONTACT } from './contact-page';

const titles = (items: string) => {
  const r = readHtml(contactPage(timeline('', [{ heading: 'This Month', items }])), URL_CONTACT, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.type, a.title]);
};

describe('Salesforce: the title of a logged email Task', () => {
  it('is the mail’s subject without the "Email: " label', () => {
    const task = item({
      token: 'Task',
      icon: 'email',
      iconTitle: 'Email',
      subject: 'Email: RE: Rollout plan',
      id: '00T5g00000RVW01AAN',
      date: 'Nov 18',
      summary: 'You sent an email to Maria Jensen',
      checkbox: 'checked',
    });
    expect(titles(task)).toEqual([['email', 'RE: Rollout plan']]);
  });

  it('keeps "Email:" where the mail itself says it (an EmailMessage)', () => {
    const message = item({
      token: 'EmailMessage',
      icon: 'email',
      iconTitle: 'Email',
      subject: 'Email: new address for invoices',
      id: '02s5g00000RVW02AAN',
      date: '2:05 PM | Nov 19',
      summary: 'Maria Jensen sent you an email',
    });
    expect(titles(message)).toEqual([['email', 'Email: new address for invoices']]);
  });
});
