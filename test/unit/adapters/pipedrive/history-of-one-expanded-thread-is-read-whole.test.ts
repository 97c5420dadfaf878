import { describe, expect, it } from 'vitest';
import { date, doneCall, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). A new contact whose whole History is one synced thread, opened, each message
 * with its own date and From/To lines (the form mail-thread.ts splits into messages). Both
 * messages are read, yet the reading says "a synced mail shown outside the feed's entries could
 * not be read": the thread's own subject link is taken for a stray mail because the feed is
 * looked for around the first and last items, which here are both inside the thread. The panel
 * then marks the contact's feed as read in part (decisions.md: notRead counts against coverage)
 * though nothing was missed. With any other entry below the thread the note is gone.
 */
const thread = `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7004">Pilot quote</a></div>
  <div class="Message_root__a1Bc"><div>${date('November 18, 2026 at 9:12 AM')}</div><div>From: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>To: Sam Ortiz &lt;sam@acme.example&gt;</div><div>Looks fine.</div></div>
  <div class="Message_root__a1Bc"><div>${date('November 17, 2026 at 4:30 PM')}</div><div>From: Sam Ortiz &lt;sam@acme.example&gt;</div><div>To: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>Here is the quote.</div></div>
</div></div>`;

describe('a Pipedrive History that is one expanded mail thread', () => {
  it('reads both messages and reports nothing unread', () => {
    const r = readPerson(thread);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.map((a) => [a.type, a.direction])).toEqual([
      ['email', 'inbound'],
      ['email', 'outbound'],
    ]);
    expect(r.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });

  it('(control) reports nothing unread with another entry below the thread', () => {
    const r = readPerson(thread + doneCall);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
