import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, reply, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/*
 * The HubSpot contact page test/fixtures/hubspot/contact-preview-feed.html, as its expected
 * reading stores it: Alex Morgan sent "Pricing for 2027" on 17 Nov 10:05 UTC, and Lena Vogt's
 * reply "Re: Pricing for 2027" (19 Nov 16:45) shows no owner on the page (many real inbound
 * emails do: 3 of 8 in the HubSpot fixtures, 10 of 16 in the Salesforce ones).
 *
 * metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated) inbound
 * email follows it before the next outbound email". Last 30 days before 20 Nov 15:00 UTC: one
 * outbound email, answered two days later, nothing in between: 1 of 1 (Lena's own panel says so).
 * A reply needs no owner to be an answer; Alex's row (and the team row) must say 1 of 1, not 0 of 1.
 */
const expected = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/hubspot/contact-preview-feed.expected.json'), 'utf8'),
);
const contactKey = `hubspot:${expected.tenant}:contact:${expected.recordId}`;
const activities: Activity[] = expected.activities.map((a: Activity) => ({
  ...a,
  crm: 'hubspot',
  tenant: expected.tenant,
  contactKeys: [contactKey],
  dealKeys: [],
}));
const lena: Contact = {
  key: contactKey,
  crm: 'hubspot',
  tenant: expected.tenant,
  kind: 'contact',
  recordId: expected.recordId,
  lastReadAt: NOW.toISOString(),
  ...expected.record,
};

describe('team page: a reply the page showed without an owner', () => {
  it('answers the rep’s email in the rep’s and the team’s reply rate', async () => {
    const db = await cacheWith({ activities, contacts: [lena] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
    expect(alex?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(view.team?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

/*
 * metrics.md, Gone cold: "no touch in either direction for longer than the follow-up limit"
 * (14 days). Alex Morgan emailed Jordan Lee 40 and 20 days before now; Jordan replied 3 days
 * before now, an inbound email the page showed without an owner (as above). The last touch
 * either way is 3 days old: Jordan has not gone cold, and must not be listed for Alex to chase.
 */
describe('team page: contacts gone cold, with a recent reply that shows no owner', () => {
  it('does not list a contact who wrote in 3 days ago as gone cold', async () => {
    const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
    const answer = reply(ago(3), 'Re: Pricing');
    delete (answer as { owner?: string }).owner;
    const db = await cacheWith({
      activities: [
        email(ago(40), 'Intro', { owner: 'Alex Morgan' }),
        email(ago(20), 'Pricing', { owner: 'Alex Morgan' }),
        answer,
      ],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.followUps.filter((f) => f.kind === 'gone-cold').map((f) => f.name)).toEqual([]);
  });
});

/*
 * docs/team-view.md: touches whose page showed no owner are in no row's touch counts; their
 * replies answer the emails before them, unless a copy of the same reply names an owner (then it
 * is that owner's: a reply owned by another rep counts for the team, not on the writer's row).
 */
describe('team page: ownerless replies are in the reply rate only', () => {
  const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
  const load = (activities: Activity[]) =>
    cacheWith({ activities, contacts: [contact()] }).then((db) =>
      loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: settings(), now: NOW }),
    );

  it('counts no ownerless touch on any row', async () => {
    const answer = reply(ago(3), 'Re: Pricing');
    delete (answer as { owner?: string }).owner;
    const view = await load([email(ago(5), 'Pricing', { owner: 'Alex Morgan' }), answer]);
    expect(view.reps.map((r) => r.rep)).toEqual(['Alex Morgan']);
    expect(view.reps[0]?.counts).toMatchObject({ total: 1, inbound: 0 });
    expect(view.team?.counts).toMatchObject({ total: 1, inbound: 0 });
    expect(view.reps[0]?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });

  // The CRM gave the reply (and its ownerless copy) to Blake, but it answers Alex's email, the last
  // before it: Alex's row counts it (metrics.md: answered by the inbound email that follows it), once.
  it('counts a reply another rep owns a copy of on the row of the rep whose email it answers', async () => {
    const owned = reply(ago(3), 'Re: Pricing', { owner: 'Blake Ortiz', sourceId: 'r-1' });
    const ownerless = reply(ago(3), 'Re: Pricing', { sourceId: 'r-1' });
    delete (ownerless as { owner?: string }).owner;
    const view = await load([email(ago(5), 'Pricing', { owner: 'Alex Morgan' }), owned, ownerless]);
    const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
    const blake = view.reps.find((r) => r.rep === 'Blake Ortiz');
    expect(alex?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(blake?.replyRate).toMatchObject({ numerator: 0, denominator: 0 });
    expect(view.team?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
