import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * issue 14, Why it moved: "in numbers and one sentence". A new rep's single email in the last 30
 * days and nothing in the 30 before: by hand, 1 touch now, none before; the sentence should read
 * "1 touch, …", not "1 touches, …".
 */
describe('the "why it moved" sentence with a single touch and none before (issue 14: in numbers and one sentence)', () => {
  it('says "1 touch", in the singular', async () => {
    const db = await cacheWith({
      activities: [email(new Date(NOW.getTime() - 3 * 86_400_000).toISOString(), 'Intro')],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.movement.decomposition.after).toBe(1);
    expect(view.movement.sentence).toMatch(/^1 touch\b/);
  });
});
