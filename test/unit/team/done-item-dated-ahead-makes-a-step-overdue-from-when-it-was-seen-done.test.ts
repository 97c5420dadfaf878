import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { at, contact, email, meeting, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * The team page reads the cache as the contact's panel does. Jordan (Los Angeles): Alex's intro
 * email on Tue 10 Nov, and a demo the CRM dates Fri 27 Nov 10:00 that Alex held early and ticked
 * done; Touchline first read it done on Fri 20 Nov 07:00 (NOW, the row's `firstSeenAt`). The page
 * is opened on Wed 25 Nov, nothing new read since. By hand (mid-market: 0 email, 2 call, 4 email;
 * business days): step 1 the email, step 2 the demo, done by Fri 20; step 3 (email) due 4 - 2 = 2
 * business days after it, Tue 24 Nov: overdue on Wed 25 (metrics.md: "the next step is due the
 * planned spacing after the step actually done last"), not due two business days after Wed 25.
 */
const WED_25 = new Date('2026-11-25T15:00:00Z');

describe('a meeting the CRM dates ahead, seen done on Fri 20, on the team page of Wed 25', () => {
  it('lists Jordan as an overdue follow-up: step 3 email due Tue 24', async () => {
    const db = await cacheWith({
      activities: [
        email(at('2026-11-10 09:00'), 'Intro', { key: 'intro', firstSeenAt: at('2026-11-10 09:30') }),
        meeting(at('2026-11-27 10:00'), null, {
          key: 'demo',
          title: 'Demo',
          planned: false,
          firstSeenAt: NOW.toISOString(),
        }),
      ],
      contacts: [contact()],
    });
    const team = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: WED_25,
    });
    expect(team.followUps.find((f) => f.name === 'Jordan Lee')).toMatchObject({
      kind: 'overdue',
      due: '2026-11-24',
      channel: 'email',
    });
  });
});
