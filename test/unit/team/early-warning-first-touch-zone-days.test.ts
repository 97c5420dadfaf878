import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { at, contact, email, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md (Cadence): "All day counting happens in the user's time zone"; docs/team-view.md:
 * the warning is not computed when the rep's first counted touch is less than 35 days old, with
 * the words "Not computed: first touch 12 days ago; …".
 *
 * NOW is Friday 20 Nov 2026, 7:00 in Los Angeles (the zone setting). Riley's first touch was an
 * email yesterday, Thursday 19 Nov at 20:00 in Los Angeles: 11 hours ago, one calendar day ago.
 * The reason says "first touch today" (whole 24-hour spans, not days in the user's zone), while
 * every other "days ago" on the page (a deal's days since a touch, "No touch either way for N
 * days") counts calendar days there. By hand: "first touch 1 day ago".
 */
describe('the early warning’s short-history reason (metrics.md: day counting in the user’s zone)', () => {
  it('says a first touch yesterday evening was 1 day ago, not today', async () => {
    const db = await cacheWith({
      activities: [email(at('2026-11-19 20:00'), 'Intro', { owner: 'Riley Chen' })],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const riley = view.reps.find((r) => r.rep === 'Riley Chen');
    expect(riley?.warningNotRead).toBe('short-history');
    expect(riley?.warningReason).toBe(
      'Not computed: first touch 1 day ago; the warning needs 4 weeks before the last 7 days.',
    );
  });
});
