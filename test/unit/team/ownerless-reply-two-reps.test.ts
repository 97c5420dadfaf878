/**
 * Review v6 (00a9810). metrics.md, Reply rate: "an outbound email counts as answered when a
 * (non-automated) inbound email follows it before the next outbound email". docs/team-view.md:
 * an ownerless email reply "answers the email before it in its contact's thread in the reply rate
 * of the rep who wrote it and of the team".
 *
 * Jordan Lee's thread (now 20 Nov 15:00 UTC, last 30 days): Alex Morgan emails 10 days ago, Blake
 * Ortiz emails 5 days ago, Jordan replies 3 days ago, the page showing no owner on the reply.
 * The reply follows Blake's email; Alex's email was followed by Blake's (the next outbound email)
 * before any reply, so it is unanswered. By hand: Alex 0 of 1, Blake 1 of 1, team 1 of 2.
 */
import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, reply, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function thread() {
  const answer = reply(ago(3), 'Re: Pricing');
  delete (answer as { owner?: string }).owner;
  return [
    email(ago(10), 'Intro', { owner: 'Alex Morgan' }),
    email(ago(5), 'Pricing', { owner: 'Blake Ortiz' }),
    answer,
  ];
}

describe('review v6: an ownerless reply answers only the email right before it', () => {
  it('credits the rep whose email it follows, not an earlier email of another rep', async () => {
    const db = await cacheWith({ activities: thread(), contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
    const blake = view.reps.find((r) => r.rep === 'Blake Ortiz');
    expect(blake?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(view.team?.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(alex?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('with the owner filter on Alex, Alex’s email still reads unanswered', async () => {
    const db = await cacheWith({ activities: thread(), contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market', owner: 'Alex Morgan' },
      settings: settings(),
      now: NOW,
    });
    const alex = view.reps.find((r) => r.rep === 'Alex Morgan');
    expect(alex?.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
