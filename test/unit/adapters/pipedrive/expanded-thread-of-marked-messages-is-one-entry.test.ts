// @vitest-environment happy-dom
/**
 * Review s45 (regress). 803efdc (marked-items.ts) takes a marked element holding more than one
 * marked part that "says what it is" and carries a date for a list, and makes every part that
 * says what it is an entry, dated or not. An expanded mail thread drawn as one FlowItem entry
 * whose messages carry FlowItem-named classes (the same naming guess as FlowItemsList_…), with
 * the thread's header row (its "Email" icon and the /mail/thread/ subject link) beside them, is
 * now read as the header (an undated email, counted in "could not read its date") plus messages
 * that lost the thread's subject (their title becomes the sender's name). At 613786b the entry
 * was split into its two messages by mail-thread.ts, each titled by the thread's subject.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const message = (from: string, to: string, date: string, body: string) =>
  `<div class="FlowItemMessage_root__q1"><div><span>From:</span> ${from}</div><div><span>To:</span> ${to}</div>` +
  `<div class="FlowItemMessage_date__q1">${date}</div><div>${body}</div></div>`;
const MAYA = '<a href="/person/2210">Maya Lindqvist</a>';

const thread = () =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><div class="FlowItem_header__h1"><span class="FlowItem_icon__p0" aria-label="Email"></span><a href="/mail/thread/77">Re: pricing</a> <span>2 messages</span></div>
${message('Casey Nguyen', MAYA, 'November 17, 2026 9:00 AM', 'Here is the quote.')}
${message(MAYA, 'Casey Nguyen', 'November 18, 2026 10:00 AM', 'Thanks, looks good.')}</div>
</section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );

describe('Pipedrive: an expanded mail thread whose messages carry FlowItem classes', () => {
  it('is read as its two messages, no undated mail for its header row', () => {
    const mails = thread().activities.filter((a) => a.type === 'email');
    expect(mails.map((m) => m.timestamp)).toEqual(['2026-11-17T09:00:00.000Z', '2026-11-18T10:00:00.000Z']);
  });

  it('titles each message by the thread subject', () => {
    const mails = thread().activities.filter((a) => a.type === 'email' && a.timestamp);
    expect(mails.map((m) => m.title)).toEqual(['Re: pricing', 'Re: pricing']);
  });
});
