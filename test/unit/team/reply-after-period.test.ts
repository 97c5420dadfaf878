import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, JORDAN, NOW, reply, SAM, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const ALEX = 'Alex Morgan';

describe('team reply rate for a period that ended before now', () => {
  // Last quarter (July to September 2026, NOW is 20 November): Alex wrote Jordan on 29 September,
  // Jordan answered on 2 October, after the quarter. metrics.md: an outbound email is answered
  // when a non-automated inbound email follows it before the next outbound email; the period picks
  // which emails count, not whether their answer may come later. Sam was written on 1 October:
  // not in the quarter, so not in the count, and his reply answers nothing of it.
  it('counts a reply that came after the period’s end', async () => {
    const db = await cacheWith({
      activities: [
        email('2026-09-29T16:00:00Z', 'Pricing', { owner: ALEX, contactKeys: [JORDAN] }),
        reply('2026-10-02T17:00:00Z', 'Re: Pricing', { owner: ALEX, contactKeys: [JORDAN] }),
        email('2026-10-01T16:00:00Z', 'Intro', { owner: ALEX, contactKeys: [SAM] }),
        reply('2026-10-03T17:00:00Z', 'Re: Intro', { owner: ALEX, contactKeys: [SAM] }),
      ],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: 'last-quarter', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const alex = view.reps.find((r) => r.rep === ALEX);
    expect(alex?.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(view.team?.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });
});
