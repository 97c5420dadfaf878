import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { call, contact, email, logged, NOW, settings } from '../metrics/builders';
import { cacheWith } from '../team/team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const ALEX = 'Alex Morgan';

describe('team page: a touch logged without a name, then shown by the CRM page', () => {
  it('keeps the contact off the gone-cold list once the CRM page shows that call (merged, no owner shown)', async () => {
    // As 6b1c89c's own test: Alex wrote to Jordan 20 days ago; 2 days ago the user logged a connected
    // call with Jordan before setting their name. Then Jordan's CRM page showed that call, naming no
    // owner: the logged touch merged into it (mergeLogged; withUserFields gives no owner, the logged
    // touch has none). Jordan's panel counts the page copy: a call 2 days ago, so Jordan is not cold.
    const page = call(daysAgo(2), null, { owner: undefined, outcome: 'connected' });
    const activities = [
      email(daysAgo(20), 'Intro', { owner: ALEX }),
      page,
      logged(daysAgo(2), 'call', { outcome: 'connected', owner: undefined, mergedInto: page.key }),
    ];
    const db = await cacheWith({ activities, contacts: [contact({ owner: ALEX })] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    // Expected: no gone-cold contact (the unmerged version of this story gives [] since 6b1c89c).
    expect(view.followUps.filter((f) => f.kind === 'gone-cold').map((f) => f.name)).toEqual([]);
  });
});
