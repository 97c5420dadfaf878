import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/schema/activity';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * A page in a language Touchline has no words for leaves each email's direction unread. On the
 * contact's panel the reply rate is then "—" because the direction was not read, never "no outbound
 * emails in period" beside the emails it counts; the rep's row on the team page says the same.
 */
const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

/** Alex's reply rate on the team page over the last 30 days, with Jordan's timeline cached. */
async function alexReplyRate(activities: Activity[]) {
  const db = await cacheWith({ activities, contacts: [contact()] });
  const team = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  return team.reps.find((r) => r.rep === 'Alex Morgan')?.replyRate;
}

describe("a rep's reply rate over emails whose direction was not read", () => {
  it('is "—" because the direction was not read, not because there were no outbound emails', async () => {
    const rate = await alexReplyRate([
      email(ago(12), 'Offert', { direction: 'unknown' }),
      email(ago(5), 'Sv: Offert', { direction: 'unknown' }),
    ]);
    expect([rate?.value, rate?.reason]).toEqual([null, 'email-direction-not-read']);
  });

  it('stands over the emails read as outbound beside them', async () => {
    const rate = await alexReplyRate([email(ago(12), 'Offert'), email(ago(5), 'Sv: Offert', { direction: 'unknown' })]);
    expect([rate?.value, rate?.denominator]).toEqual([0, 1]);
  });
});
