import { describe, expect, it } from 'vitest';
import { readDealPage, step } from './deal-page-with-addressed-persons';
import { date, entry } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). A deal with two participants, Jonas Weber and Mia Kessler, each listed with
 * their address in the Persons section. Jonas's synced reply shows "From: Jonas Weber
 * <jonas@kessler.example>" and no person link; Mia's call links her (`/person/72`).
 * contracts.md: deal touches are stored "with a contact only where the page names one", and this
 * mail names its sender by name and address, the very address the adapter already matches to
 * call the mail inbound. metrics.md: multi-threading is "the number of the deal's contacts with a
 * touch in the period": today Jonas's reply is kept with no contact, so the deal shows 1 of 2
 * contacts touched where both were.
 */
const persons =
  '<div class="Person_card__c4"><a href="/person/71">Jonas Weber</a><div><a href="mailto:jonas@kessler.example">jonas@kessler.example</a></div></div>' +
  '<div class="Person_card__c4"><a href="/person/72">Mia Kessler</a><div><a href="mailto:mia@kessler.example">mia@kessler.example</a></div></div>';

const feed = [
  entry(
    'Email',
    `<div><a href="/mail/thread/5501">Re: Pilot offer</a></div><div>${date('November 16, 2026 at 4:20 PM')}</div><div>From: Jonas Weber &lt;jonas@kessler.example&gt;</div><div>To: Sam Ortiz &lt;sam@acme.example&gt;</div><div>We can sign next week.</div>`,
  ),
  entry(
    'Call',
    `<div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/990">Pricing call</a></div><div>${date('November 12, 2026 at 10:00 AM')} · Sam Ortiz · <a href="/person/72">Mia Kessler</a></div><div>Outcome: Connected</div>`,
  ),
].join('');

describe('a Pipedrive deal mail from one of two participants', () => {
  const r = readDealPage({
    title: 'Kessler pilot',
    value: '$14,400',
    bar: step('Qualified', '', false) + step('Proposal made', '6 d', true) + step('Negotiation', '', false),
    fields: [['Owner', 'Sam Ortiz']],
    persons,
    personsHeading: 'Participants',
    feed,
  });
  const byTitle = (t: string) => r.activities.find((a) => a.title === t);

  it('reads both participants and the reply as inbound', () => {
    expect(r.record.contacts.map((c) => c.id)).toEqual(['71', '72']);
    expect(byTitle('Re: Pilot offer')?.direction).toBe('inbound');
    expect(byTitle('Pricing call')?.contactIds).toEqual(['72']);
  });

  it('keeps the reply with Jonas Weber, whose address sent it', () => {
    expect(byTitle('Re: Pilot offer')?.contactIds).toEqual(['71']);
  });
});
