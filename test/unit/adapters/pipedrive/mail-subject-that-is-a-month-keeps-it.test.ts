/**
 * Review s60 (regd). A touch's title is the item's own subject (contracts.md: the activity key without a CRM id
 * hashes "type, direction, title"; metrics.md duplicate rules 2-3 compare titles; Recent lists it).
 * A rep's monthly update mail whose subject is "November 2026" (a month and year), or an invite
 * whose subject is a day ("Monday, November 23"), is a synced mail in History with its subject link:
 * it is no group header (those stand above the entries, not inside one's subject link). By hand: the
 * email's title is its subject, as the call's beside it with the same subject is.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const mail = (subject: string) =>
  item({
    icon: 'Email',
    subject,
    href: '/mail/threads/77',
    date: 'Nov 17, 2026 9:00 AM',
    owner: '',
    lines: [
      'From: Casey Nguyen &lt;casey@acme.example&gt;',
      'To: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
    ],
  });

function titles(history: string[]) {
  const r = readWhole('/person/2210', personPage({ history }));
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.type, a.title]);
}

describe('a synced mail whose subject is a month and year, or a day', () => {
  it('"November 2026": titled "November 2026"', () => {
    expect(titles([mail('November 2026')])).toEqual([['email', 'November 2026']]);
  });
  it('"Monday, November 23": titled so', () => {
    expect(titles([mail('Monday, November 23')])).toEqual([['email', 'Monday, November 23']]);
  });
});
