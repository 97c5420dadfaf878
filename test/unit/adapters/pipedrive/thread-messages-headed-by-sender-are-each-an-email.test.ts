import { describe, expect, it } from 'vitest';
import { doneCall, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). A synced mail thread opened in the History shows each of its messages, each
 * headed by its sender's name and address and its own date, with a "to …" line, as mail clients
 * draw a conversation (no "From:" label: crm-evidence-2.md says no source shows the markup, so
 * "read type and direction from every carrier … From/To lines", and the sender's address is one).
 * Each message is its own touch (metrics.md: an outbound email and the inbound reply that follows
 * it are what the reply rate counts). Here three messages (Lena → Sam → Lena) are read as one email
 * of unknown direction: two touches are lost, Sam's outbound one among them, and nothing says
 * messages went unread (the only notes are about the one email's owner and direction).
 */
const message = (who: string, address: string, to: string, when: string, body: string) =>
  `<div class="Message_root__a1Bc"><div class="Message_head__a1Bc"><span class="Message_sender__a1Bc">${who}</span> <span class="Message_address__a1Bc">&lt;${address}&gt;</span> <span class="FlowItem_date__z8Qp1">${when}</span></div><div class="Message_to__a1Bc">to ${to}</div><div class="Message_body__a1Bc">${body}</div></div>`;

const thread = `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7001">Re: Pilot pricing</a> <span class="cui5-badge">3</span></div>
  ${message('Lena Vogt', 'lena.vogt@harbor.example', 'Sam Ortiz', 'November 18, 2026 at 9:12 AM', 'Sounds good, please send the contract.')}
  ${message('Sam Ortiz', 'sam@acme.example', 'Lena Vogt', 'November 17, 2026 at 4:30 PM', 'Here is the pilot price: 4,800 EUR.')}
  ${message('Lena Vogt', 'lena.vogt@harbor.example', 'Sam Ortiz', 'November 16, 2026 at 11:02 AM', 'What would a three-month pilot cost?')}
</div></div>`;

describe('an expanded Pipedrive mail thread whose messages are headed by sender and address', () => {
  const r = readPerson(thread + doneCall);
  if (r.status !== 'read') throw new Error(r.status);
  const emails = r.activities.filter((a) => a.type === 'email');

  it('reads each message as its own email, with its own date and direction', () => {
    expect(emails.map((e) => [e.direction, e.timestamp])).toEqual([
      ['inbound', '2026-11-18T09:12:00.000Z'],
      ['outbound', '2026-11-17T16:30:00.000Z'],
      ['inbound', '2026-11-16T11:02:00.000Z'],
    ]);
  });

  it('or, reading fewer, says the feed was read in part', () => {
    if (emails.length < 3) expect(r.notRead.map((n) => n.field)).toContain('activities');
  });
});
