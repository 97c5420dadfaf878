import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * An email logged to the contact because she is among its recipients (Outlook/Gmail integrations log
 * a message to every contact it was addressed to): Maria Jensen's colleague Priya Shah (no contact of
 * this record) writes to the rep Alex Morgan, the record's owner, with Maria also in "To".
 * crm-evidence-2.md: emails show From/To rows, "so direction comes from who sent it versus the
 * record". The reader, finding no one it knows in "From", takes "To" holding the record's email as
 * the rep's mail to her.
 *
 * Oracle, by hand (metrics.md: outbound = rep to contact): the sender is Priya Shah, not the rep, and
 * the rep is a recipient: not outbound. With the sentence "Priya Shah sent an email to Alex Morgan"
 * (the owner receives it) it is inbound, and Priya Shah (the customer's side) is no rep to credit.
 */
const rows = (from: string, to: string) =>
  `<dl class="slds-list_horizontal"><dt class="slds-item_label">From:</dt><dd class="slds-item--detail">${from}</dd><dt class="slds-item_label">To:</dt><dd class="slds-item--detail">${to}</dd></dl>`;
const email = (summary: string, body: string) =>
  item({
    token: 'EmailMessage',
    icon: 'email',
    iconTitle: 'Email',
    subject: 'Re: Rollout',
    id: '02s5g00000DpQR0AAN',
    date: '3:30 PM | Nov 17',
    summary,
    body,
  });
const readEmail = (summary: string, body: string, t: 'none' | 'stripped') =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: email(summary, body) }])), t).activities.find(
    (a) => a.title === 'Re: Rollout',
  );

const FROM_PRIYA = 'Priya Shah &lt;priya.shah@northwind.example&gt;';
const TO_BOTH = 'Alex Morgan &lt;alex.morgan@acme.example&gt;; Maria Jensen &lt;maria.jensen@northwind.example&gt;';

describe("a colleague's email to the rep with the contact also in To", () => {
  it.each(['none', 'stripped'] as const)("is not the rep's outbound email (%s)", (t) => {
    expect(readEmail('', rows(FROM_PRIYA, TO_BOTH), t)?.direction).not.toBe('outbound');
  });

  it.each(['none', 'stripped'] as const)(
    'with "Priya Shah sent an email to Alex Morgan", is inbound and credits no rep Priya Shah (%s)',
    (t) => {
      const read = readEmail('Priya Shah sent an email to Alex Morgan', rows(FROM_PRIYA, TO_BOTH), t);
      expect(read?.direction).toBe('inbound');
      expect(read?.owner).not.toBe('Priya Shah');
    },
  );

  it("guard: the rep's own email to Maria (From Alex Morgan) is outbound (passes today)", () => {
    const body = rows(
      'Alex Morgan &lt;alex.morgan@acme.example&gt;',
      'Maria Jensen &lt;maria.jensen@northwind.example&gt;',
    );
    expect(readEmail('', body, 'none')?.direction).toBe('outbound');
  });
});
