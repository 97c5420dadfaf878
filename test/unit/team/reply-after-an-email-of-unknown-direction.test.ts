import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, reply, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md, Reply rate: an outbound email is answered when a reply follows it "before the next
 * outbound email"; lib/metrics/rates.ts: "Emails whose direction the page did not show are on
 * neither side".
 *
 * Jordan's thread, last 30 days: Alex Morgan emails 10 days ago; Blake Chen has an email on Jordan
 * 5 days ago whose direction the page did not show; Jordan replies 3 days ago (no owner shown).
 * No outbound email came between Alex's email and the reply: Alex's email is answered. Jordan's
 * panel says 1 of 1, and so does the team row (hand check below). By hand Alex's row: 1 of 1.
 * Before the fix Alex's row said 0 of 1 beside a team row of 1 of 1 made of Alex's email alone: the
 * reply was handed to Blake (whose email of unknown direction was taken as "the email before" the
 * reply) and answered nothing there.
 */
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const thread = () => [
  email(ago(10), 'Intro', { owner: 'Alex Morgan' }),
  email(ago(5), 'Fwd: pricing sheet', { owner: 'Blake Chen', direction: 'unknown' }),
  reply(ago(3), 'Re: Intro', { owner: undefined }),
];

describe('reply rate per rep when an email of unknown direction lies between the rep’s email and the reply', () => {
  it('counts Alex’s email answered, as the contact panel and the team row do: 1 of 1', async () => {
    const panel = buildContactView({ contact: contact(), activities: thread(), settings: settings(), now: NOW });
    expect(panel.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    const db = await cacheWith({ activities: thread(), contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.team?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(view.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
