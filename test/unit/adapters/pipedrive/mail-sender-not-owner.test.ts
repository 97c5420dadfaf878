import { describe, expect, it } from 'vitest';
import { readPage } from '../page-variation';
import { DEAL_URL, dealPage, li } from './deal-with-participants-page';
import { item, personPage, read } from './hashed-person-page';

/**
 * A synced mail from the person, whose meta line names the person where an activity names its owner
 * ("Nov 19, 2026 11:20 AM · Maya Lindqvist", plain text, as a mail's sender). The reader already
 * knows this happens (mail-direction.ts: "A meta line may name the person where the owner usually
 * stands: never count them as a user") and reads the direction right, but still stores her as the
 * mail's owner.
 *
 * Spec: contracts.md team page: one row per rep, "owner as the CRM shows it" — the contact is no rep;
 * decisions.md "a value not read is a typed notRead, never a guess".
 */
describe('Pipedrive person: a mail whose meta line names the person herself', () => {
  const r = read(
    personPage({
      history: [
        item({
          icon: 'Email',
          subject: 'Re: pilot scope',
          href: '/mail/thread/5501',
          date: 'Nov 19, 2026 11:20 AM',
          owner: 'Maya Lindqvist',
          person: false,
          lines: ['From: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;', 'To: Casey Nguyen'],
        }),
      ],
    }),
  );
  const mail = r.activities[0];
  it('reads the reply as inbound', () => {
    expect(mail?.direction).toBe('inbound');
  });
  it('gives the reply no owner: the one name on its meta line is the contact Maya Lindqvist, no rep', () => {
    expect(mail?.owner).toBeUndefined();
  });
});

describe('Pipedrive deal: a mail whose meta line names a participant of the deal', () => {
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
  it('never takes the participant Jonas Berg for the rep who owns his reply', () => {
    expect(r.activities.map((a) => [a.title, a.owner])).toEqual([['Re: delivery window', undefined]]);
  });
});
