import { describe, expect, it } from 'vitest';
import { stripped } from './lead-and-deal-pages';
import { date, doneCall, personPage } from './person-page-with-focus-and-history';
import { readOk } from './read-written-page';

/**
 * Review s59 (pdpage). A mail thread shown collapsed in the History: its subject with the thread's
 * size beside it ("3 messages", "3 Nachrichten"), as mail lists show a conversation, then its latest
 * message's From/To lines. Only that message is on the page; the others are touches (metrics.md:
 * the rep's mails and the replies decide the reply rate) whose dates and senders are not shown.
 * They vanished unreported: the count was not read as folded messages are ("2 earlier messages",
 * folded-messages.ts). crm-pages.md: report what was not read, never guess, so they are reported,
 * no emails invented. A thread showing every message it counts leaves nothing unread, and a
 * count in a mail's body counts nothing of the thread.
 */
const collapsed = (
  count: string,
) => `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7003">Re: Pilot pricing</a> <span class="Thread_size__c2">${count}</span> ${date('November 18, 2026 at 9:12 AM')}</div>
  <div class="Mail_parties__c2"><div>From: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>To: Sam Ortiz &lt;sam@acme.example&gt;</div></div>
  <div class="Mail_snippet__c2">Sounds good, please send the contract.</div>
</div></div>`;

const opened = `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7004">Re: Pilot start</a> <span class="Thread_size__c2">2 messages</span></div>
  <div class="Mail_message__c2"><div>${date('November 17, 2026 at 4:30 PM')}</div><div>From: Sam Ortiz &lt;sam@acme.example&gt;</div><div>To: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>We can start Monday.</div></div>
  <div class="Mail_message__c2"><div>${date('November 18, 2026 at 9:12 AM')}</div><div>From: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>To: Sam Ortiz &lt;sam@acme.example&gt;</div><div>Monday works.</div></div>
</div></div>`;

const counted = `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7005">Re: Newsletter volume</a> ${date('November 18, 2026 at 9:12 AM')}</div>
  <div>From: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>To: Sam Ortiz &lt;sam@acme.example&gt;</div>
  <div class="Mail_body__c2"><p>How many do you send a week? We get:</p><p>3 emails</p></div>
</div></div>`;

const read = (feed: string, lang: string, strip: boolean) => {
  const page = personPage(feed + doneCall);
  return readOk('/person/5120', strip ? stripped(page) : page, { lang, title: 'Lena Vogt - Persons' });
};
const unread = (r: ReturnType<typeof read>) => r.notRead.filter((n) => n.field === 'activities');

describe('a collapsed Pipedrive mail thread showing how many messages it holds', () => {
  it.each([
    ['en-US', '3 messages', false],
    ['en-US', '3 emails', true],
    ['de', '3 Nachrichten', false],
    ['de', '3 E-Mails', true],
  ] as const)('%s "%s" (stripped: %s): reads the message shown and reports the others', (lang, count, strip) => {
    const r = read(collapsed(count), lang, strip);
    expect(r.activities.filter((a) => a.type === 'email').map((e) => e.direction)).toEqual(['inbound']);
    expect(unread(r)).toHaveLength(1);
    expect(unread(r)[0]?.reason).toContain('the other 2');
  });

  it('an opened thread showing every message it counts leaves none unread', () => {
    const r = read(opened, 'en-US', false);
    expect(r.activities.filter((a) => a.type === 'email').map((e) => e.direction)).toEqual(['outbound', 'inbound']);
    expect(unread(r)).toEqual([]);
  });

  it('a count in a mail’s body is the writer’s, no thread size', () => {
    expect(unread(read(counted, 'en-US', false))).toEqual([]);
  });
});
