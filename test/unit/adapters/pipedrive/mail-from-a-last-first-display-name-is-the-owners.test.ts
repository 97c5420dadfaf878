/**
 * Review s60 (pdlang). German and Dutch Exchange tenants show display names "Last, First": the
 * rep's synced mail "Von: Nguyen, Casey <casey@acme.example>" under the owner Casey Nguyen was of
 * unknown direction (reply rate "—", "who sent each email was not read"), though the page shows who sent it.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const mail = (subject: string, from: string, to: string) =>
  item({
    icon: 'Email',
    subject,
    href: `/mail/threads/${subject.length}`,
    date: 'Nov 17, 2026 9:00 AM',
    owner: '',
    lines: [`From: ${from}`, `To: ${to}`],
  });

function directions(history: string[]) {
  const result = readWhole('/person/2210', personPage({ history }));
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result.activities.map((a) => [a.title, a.direction]);
}

describe('Pipedrive: a synced mail whose display names read "Last, First"', () => {
  it("from the owner is the rep's, to the contact the contact's", () => {
    expect(
      directions([
        mail(
          'Offer 2027',
          'Nguyen, Casey &lt;casey@acme.example&gt;',
          'Lindqvist, Maya &lt;maya.lindqvist@nordhavn.example&gt;',
        ),
        mail('Re: Offer 2027', 'Lindqvist, Maya', 'Nguyen, Casey'),
      ]),
    ).toEqual([
      ['Offer 2027', 'outbound'],
      ['Re: Offer 2027', 'inbound'],
    ]);
  });

  it('a colleague named like the owner turned round is no match', () => {
    expect(directions([mail('Offer 2027', 'Nguyen, Caseyann', 'Lindqvist, Maya')])).toEqual([
      ['Offer 2027', 'unknown'],
    ]);
  });
});
