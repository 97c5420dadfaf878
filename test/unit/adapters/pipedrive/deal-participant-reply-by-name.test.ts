import { describe, expect, it } from 'vitest';
import { readPage } from '../page-variation';
import { box, DEAL_URL, dealPage, li } from './deal-with-participants-page';

/**
 * A deal with two persons: the contact person's card shows her address; the Participants list shows
 * Jonas Berg by name only (the common case: a participant list names people, the Person card alone
 * shows contact details). Jonas writes back; Casey (the deal's owner) wrote first.
 *
 * Spec: lib/adapters/pipedrive/mail-direction.ts's own rule ("their address decides where the From
 * line and the page both show one, their name where either shows none"); metrics.md Reply rate
 * ("an outbound email counts as answered when a (non-automated) inbound email follows it");
 * contracts.md direction `inbound` (contact to rep).
 */
const page = dealPage([
  li(
    'Email',
    '<a href="/mail/thread/5601">RE: Pilot scope</a>',
    '<span>Nov 19, 2026 11:20 AM</span>',
    '<div>From: Jonas Berg &lt;jonas@nordhavn.example&gt;</div><div>To: Casey Nguyen &lt;casey@acme.example&gt;</div><div>Works for us.</div>',
  ),
  li(
    'Email',
    '<a href="/mail/thread/5601">Pilot scope</a>',
    '<span>Nov 18, 2026 9:00 AM</span>',
    '<div>From: Casey Nguyen &lt;casey@acme.example&gt;</div><div>To: Jonas Berg &lt;jonas@nordhavn.example&gt;</div><div>Does Tuesday work?</div>',
  ),
  li(
    'Call',
    `${box(true)}<a href="/activities/7080">Discovery call</a>`,
    '<span>Nov 10, 2026 3:00 PM</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a>',
    '<div>Outcome: Connected</div>',
  ),
]);

describe('Pipedrive deal: a reply from a participant whose address only the mail shows', () => {
  const r = readPage(page, DEAL_URL);
  it('reads the deal’s two persons', () => {
    expect((r.record.contacts as { id: string }[]).map((c) => c.id)).toEqual(['2210', '2231']);
  });
  it('counts Jonas Berg’s reply as inbound (his name is a deal person), so Casey’s email shows as answered', () => {
    const mails = r.activities.filter((a) => a.type === 'email');
    expect(mails.map((m) => [m.title, m.direction])).toEqual([
      ['RE: Pilot scope', 'inbound'],
      ['Pilot scope', 'outbound'],
    ]);
  });
});

describe('Pipedrive deal: a mail from an address the page does not show for the named person', () => {
  const r = readPage(
    dealPage([
      li(
        'Email',
        '<a href="/mail/thread/5602">RE: Pilot scope</a>',
        '<span>Nov 19, 2026 11:20 AM</span>',
        '<div>From: Maya Lindqvist &lt;m.lindqvist@other.example&gt;</div><div>To: Casey Nguyen &lt;casey@acme.example&gt;</div>',
      ),
    ]),
    DEAL_URL,
  );
  it('stays unknown: the Person card shows Maya Lindqvist’s address, and this is another one', () => {
    expect(r.activities.map((m) => [m.title, m.direction])).toEqual([['RE: Pilot scope', 'unknown']]);
  });
});
