import { describe, expect, it } from 'vitest';
import { readPage } from '../page-variation';
import { DEAL_URL, dealPage, li } from './deal-with-participants-page';
import { item, personPage, read } from './hashed-person-page';

/**
 * The name after an item's date stands where its owner does ("Nov 17, 2026 3:10 PM · Casey Nguyen ·
 * Maya Lindqvist"), and a synced mail names its sender there. When that name is the record's
 * person's (or a deal person's), the page does not say whether it is a user who shares the name or
 * the person: crm-evidence-2.md shows persons as `a[href*="/person/"]` links but no source shows a
 * history item's markup, nor how a user is marked. So the owner is not read, and notRead says so;
 * a name shown as a link to the person is the person, and leaves no owner to read.
 */
const ownerGaps = (r: { notRead: { field: string; reason: string }[] }) =>
  r.notRead.filter((n) => n.field === 'activities.owner');

describe('Pipedrive person: a call whose owner place shows the person’s own name', () => {
  const r = read(
    personPage({
      history: [
        item({
          icon: 'Call',
          done: true,
          subject: 'Pricing call',
          date: 'Nov 17, 2026 3:10 PM',
          owner: 'Maya Lindqvist',
        }),
      ],
    }),
  );

  it('gives the call no owner', () => {
    expect(r.activities.map((a) => [a.title, a.owner])).toEqual([['Pricing call', undefined]]);
  });

  it('says the owner was not read, and why', () => {
    expect(ownerGaps(r)).toEqual([
      {
        field: 'activities.owner',
        reason:
          '"Pricing call" shows "Maya Lindqvist", a person of this record, where its owner stands: the page does not tell a user of that name from the person',
      },
    ]);
  });
});

describe('Pipedrive person: owners the page does settle', () => {
  it('reads a rep’s name as the owner, with nothing unread', () => {
    const r = read(
      personPage({
        history: [item({ icon: 'Call', done: true, subject: 'Pricing call', date: 'Nov 17, 2026 3:10 PM' })],
      }),
    );
    expect(r.activities.map((a) => a.owner)).toEqual(['Casey Nguyen']);
    expect(ownerGaps(r)).toEqual([]);
  });

  it('reads the person’s link after the date as the person, leaving no owner shown and none unread', () => {
    const r = read(
      personPage({
        history: [item({ icon: 'Call', done: true, subject: 'Pricing call', date: 'Nov 17, 2026 3:10 PM', owner: '' })],
      }),
    );
    expect(r.activities.map((a) => a.owner)).toEqual([undefined]);
    expect(ownerGaps(r)).toEqual([]);
  });
});

describe('Pipedrive deal: a mail from a participant of the deal, named where the owner stands', () => {
  const r = readPage(
    dealPage([
      li(
        'Email',
        '<a href="/mail/thread/5701">Re: delivery window</a>',
        '<span>Nov 19, 2026 11:20 AM</span> · <span>Jonas Berg</span>',
        '<div>From: Jonas Berg &lt;jonas@nordhavn.example&gt;</div><div>To: Casey Nguyen</div>',
      ),
    ]),
    DEAL_URL,
  );

  it('gives the mail from the participant no owner, and reports nothing unread: the sender stands there', () => {
    expect(r.activities.map((a) => [a.title, a.direction, a.owner])).toEqual([
      ['Re: delivery window', 'inbound', undefined],
    ]);
    expect(ownerGaps(r)).toEqual([]);
  });
});
