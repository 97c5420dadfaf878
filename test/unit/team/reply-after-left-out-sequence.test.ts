/**
 * "Count automated touches" off, and the team page's reply rate.
 * metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated) inbound
 * email follows it before the next outbound email"; Automated touches, consistently: when the
 * setting leaves them out "they are left out of every touch figure … and shown apart" (leaving a
 * sequence email out of the counts does not make it stop being the next outbound email; the
 * contact panel's replyRate says so: "each is still 'the next outbound email'").
 *
 * Jordan Lee's thread (now 20 Nov 15:00 UTC, last 30 days): Alex Morgan writes 10 days ago,
 * Casey Nguyen's sequence sends an automated email 5 days ago, Jordan replies 3 days ago.
 * The reply follows the sequence email, so Alex's email is unanswered whatever the setting:
 * Alex 0 of 1 with automated touches counted or not.
 */
import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, reply, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const thread = () => [
  email(ago(10), 'Intro', { owner: 'Alex Morgan' }),
  email(ago(5), 'Step 2: checking in', { owner: 'Casey Nguyen', automated: true }),
  reply(ago(3), 'Re: checking in', { owner: 'Casey Nguyen' }),
];

async function alexRate(countAutomated: boolean) {
  const db = await cacheWith({ activities: thread(), contacts: [contact()] });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings({ countAutomated }),
    now: NOW,
  });
  return view.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate;
}

describe('team page reply rate with automated touches left out', () => {
  it('control: with automated touches counted, Alex’s email reads unanswered (0 of 1)', async () => {
    expect(await alexRate(true)).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('control: the contact panel reads Alex’s email unanswered with the setting off (0 of 1)', () => {
    const view = buildContactView({
      contact: contact(),
      activities: thread(),
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('turning "count automated touches" off does not hand the reply to the sequence email to Alex: still 0 of 1 (metrics.md: answered by a reply "before the next outbound email")', async () => {
    expect(await alexRate(false)).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
