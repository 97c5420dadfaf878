/**
 * The HubSpot contact is "Nicky Shaw" (as her form fill spelled it); her
 * mail client signs her "Nick Shaw". Sam Rivera logs her reply (a "Logged email" whose body opens
 * with the From row, crm-evidence-2.md / email-parties.ts). Nick is the short form Nicky is made
 * from — the same pattern as "Samuel Rivera" sending as "Sam Rivera" (same-person-name.ts): her
 * reply, inbound. A first name one letter longer by a pet name's "y" is the same person's (Bill and
 * Billy, Matt and Matty, Jenn and Jenny); read as a third person's, the reply would be lost.
 */
import { expect, it } from 'vitest';
import { emailParties } from '../../../../lib/adapters/hubspot/email-parties';
import { en } from '../../../../lib/adapters/hubspot/words/en';

const people = { contacts: ['Nicky Shaw'], reps: ['Sam Rivera'], allContacts: true };

it.each([
  ['Nick Shaw', 'Nicky Shaw'],
  ['Bill Tran', 'Billy Tran'],
])('a reply From "%s" on the page of contact "%s" is inbound', (from, contact) => {
  const parties = emailParties(
    {
      header: 'Logged email',
      body: `From: ${from} To: Sam Rivera Subject: Re: Pricing for Q1 Hi Sam, thanks — the numbers work for us.`,
    },
    { ...people, contacts: [contact] },
    [en],
  );
  expect(parties?.direction).toBe('inbound');
});
