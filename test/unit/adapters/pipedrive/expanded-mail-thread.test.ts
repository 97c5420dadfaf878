/**
 * A synced mail thread opened in the History feed shows each of its messages, each with its own
 * date line and From/To lines (the brief's "collapsed and expanded items"). Every message is a
 * touch: the person's replies inside a thread the rep started are inbound mail, not part of it.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');

const message = (date: string, from: string, to: string, body: string) =>
  `<div class="MailThread_message__k2Lp9"><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div><div class="MailLines_root__e2Tt5"><div>From: ${from}</div><div>To: ${to}</div></div><div class="FlowItem_text__t7Kq2">${body}</div></div>`;
const casey = 'Casey Nguyen &lt;casey@acme-sales.example&gt;';
const maya = 'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;';

/** Maya's reply "Re: Q1 volumes" (and its clipped copy) replaced by the whole thread, expanded. */
const expanded = edited(person.html, [
  /<div class="FlowItem_header__t7Kq2"><a class="FlowItem_subject__t7Kq2" href="\/mail\/thread\/88410">Re: Q1 volumes<\/a><\/div>\s*<div class="FlowItem_meta__t7Kq2">.*?<div class="FlowItem_text__t7Kq2">Thanks Casey, I sent the updated figures this morning.<\/div>/gs,
  `<div class="FlowItem_header__t7Kq2"><a class="FlowItem_subject__t7Kq2" href="/mail/thread/88410">Re: Q1 volumes</a> <span>3 messages</span></div>${[
    message('November 13, 2026 at 9:05 AM', casey, maya, 'Hi Maya, following up on the volumes.'),
    message('November 18, 2026 at 8:00 AM', maya, casey, 'Will send them tomorrow.'),
    message('Yesterday at 4:40 PM', maya, casey, 'Thanks Casey, I sent the updated figures this morning.'),
  ].join('')}`,
]);

const threadMails = (html: string) =>
  readPage(html, person.url)
    .activities.filter((a) => a.type === 'email' && a.title !== 'Q1 volumes')
    .map((a) => [a.timestamp, a.direction]);

describe('an expanded Pipedrive mail thread', () => {
  it('is read as each of its messages, with each one’s date and direction', () => {
    expect(threadMails(expanded)).toEqual([
      ['2026-11-13T09:05:00.000Z', 'outbound'],
      ['2026-11-18T08:00:00.000Z', 'inbound'],
      ['2026-11-19T16:40:00.000Z', 'inbound'],
    ]);
  });

  it('names each message by the thread’s subject', () => {
    const titles = readPage(expanded, person.url)
      .activities.filter((a) => a.type === 'email')
      .map((a) => a.title);
    expect(titles).toEqual(['Re: Q1 volumes', 'Re: Q1 volumes', 'Re: Q1 volumes', 'Q1 volumes']);
  });

  it('is read the same way with its classes stripped', () => {
    expect(threadMails(expanded.replace(/ class="[^"]*"/g, ''))).toEqual([
      ['2026-11-13T09:05:00.000Z', 'outbound'],
      ['2026-11-18T08:00:00.000Z', 'inbound'],
      ['2026-11-19T16:40:00.000Z', 'inbound'],
    ]);
  });
});
