import { describe, expect, it } from 'vitest';
import { date, doneCall, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). An opened synced thread in the History, each message with its date and its
 * From/To lines (the shape mail-thread.ts splits into messages). Lena's reply came in this morning,
 * so, as mail views date today's messages, it shows only its time ("9:12 AM"); Sam's mail she
 * answers shows "Nov 17, 4:30 PM". The split asks every message for a date it can read, and a
 * bare time is none: the whole thread is read as one inbound mail dated "9:12 AM", and Sam's
 * outbound mail is lost. The only note is that "9:12 AM" could not be read; nothing says a
 * message was dropped. metrics.md: the reply rate needs the outbound mail ("2 of 5 emails
 * answered"); here the contact shows a reply and no email sent.
 */
const message = (when: string, from: string, to: string, body: string) =>
  `<div class="Message_root__a1Bc"><div class="Message_head__a1Bc">${date(when)}</div><div>From: ${from}</div><div>To: ${to}</div><div>${body}</div></div>`;
const lena = 'Lena Vogt &lt;lena.vogt@harbor.example&gt;';
const sam = 'Sam Ortiz &lt;sam@acme.example&gt;';
const thread = `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7004">Pilot quote</a></div>
  ${message('9:12 AM', lena, sam, 'Looks fine, go ahead.')}
  ${message('Nov 17, 4:30 PM', sam, lena, 'Here is the quote for the pilot.')}
</div></div>`;

describe('an expanded Pipedrive thread whose latest message shows only today’s time', () => {
  const r = readPerson(thread + doneCall);
  if (r.status !== 'read') throw new Error(r.status);
  const emails = r.activities.filter((a) => a.type === 'email');

  it('keeps Sam’s outbound mail of Nov 17 as its own touch', () => {
    expect(emails.map((e) => [e.direction, e.timestamp])).toContainEqual(['outbound', '2026-11-17T16:30:00.000Z']);
  });

  it('reads Lena’s reply as inbound, today at 9:12 (or keeps its text and says so)', () => {
    const reply = emails.find((e) => e.direction === 'inbound');
    expect(reply?.timestamp ?? reply?.dateText).toMatch(/^(2026-11-20T09:12|9:12 AM$)/);
  });
});
