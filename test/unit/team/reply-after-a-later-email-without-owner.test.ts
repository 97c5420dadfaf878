import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, logged, NOW, reply, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated) inbound email
 * follows it before the next outbound email".
 *
 * Jordan's thread, last 30 days: Alex Morgan emails 10 days ago (the page names Alex); 5 days ago a
 * colleague who has not set their name in HubSpot logs an email to Jordan in Touchline (no owner:
 * on no rep's row, team-view.md); 3 days ago Jordan replies (the page shows no owner on it).
 * The reply follows the logged email, the next outbound email after Alex's: Alex's email is not
 * answered. Jordan's panel says so (1 of 2: the logged email answered, hand check below).
 * By hand, Alex's row: 0 of 1; the team row (the shown reps' emails): 0 of 1.
 * Before the fix the team page handed the reply to Alex (1 of 1): the email without an owner was
 * skipped when looking for the email a reply answers.
 */
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const thread = () => [
  email(ago(10), 'Intro', { owner: 'Alex Morgan' }),
  logged(ago(5), 'email', { owner: undefined, title: 'Following up on the pilot' }),
  reply(ago(3), 'Re: Following up on the pilot', { owner: undefined }),
];

describe('reply rate on the team page when the next outbound email has no owner', () => {
  it('does not count Alex’s email as answered by a reply to a later email: 0 of 1', async () => {
    const panel = buildContactView({ contact: contact(), activities: thread(), settings: settings(), now: NOW });
    expect(panel.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    const db = await cacheWith({ activities: thread(), contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(view.team?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  // Alex's email 10 days ago, on Jordan's page (owner Alex) and on the deal's page a minute later
  // as printed there, with no owner (CRM id e-7 on both: one email, Alex's). Jordan replies 3 days
  // ago. The copy without an owner is Alex's own email, not a later one: by hand, Alex 1 of 1, as
  // Jordan's panel says.
  it('does not take an ownerless copy of the rep’s own email for a later one: 1 of 1', async () => {
    const alex = email(ago(10), 'Intro', { owner: 'Alex Morgan', sourceId: 'e-7' });
    const copy = email(new Date(Date.parse(alex.timestamp as string) + 60_000).toISOString(), 'Intro', {
      owner: undefined,
      sourceId: 'e-7',
    });
    const activities = [alex, copy, reply(ago(3), 'Re: Intro', { owner: undefined })];
    const panel = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
    expect(panel.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    const db = await cacheWith({ activities, contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
