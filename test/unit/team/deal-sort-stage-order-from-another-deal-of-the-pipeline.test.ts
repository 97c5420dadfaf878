import { expect, it } from 'vitest';
import { sortDeals } from '../../../components/team/deal-sort';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { deal, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

// team-view.md: Stage sorts "in the pipeline's stage order as the deal's page showed it, stages of a
// pipeline with no known order after those by name". Two deals of the same account's "Sales
// pipeline", both in Negotiation: one read from its page (stages known), one known only from a deal
// export (no `stages`). The pipeline's order is known (the other deal's page showed it), so the
// export's Negotiation deal takes its place from the other deal's page (lib/team/stage-orders.ts): a
// review found it put after Demo and every ordered stage, apart from the other Negotiation deal.
it('keeps deals in the same stage of the same pipeline together when one of them carries no stage list', async () => {
  const threeDaysAgo = new Date(NOW.getTime() - 3 * 86_400_000).toISOString();
  const db = await cacheWith({
    deals: [
      deal({ name: 'Page Negotiation', stage: 'Negotiation', stageHistory: history(['Negotiation', threeDaysAgo]) }),
      deal({ name: 'Page Demo', stage: 'Demo', stageHistory: history(['Demo', threeDaysAgo]) }),
      deal({
        name: 'Export Negotiation',
        stage: 'Negotiation',
        stages: undefined,
        stageHistory: history(['Negotiation', threeDaysAgo]),
      }),
    ],
  });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  const names = sortDeals(view.deals, 'stage', 'descending').map((r) => r.name);
  // Descending: the two Negotiation deals first (either order), Demo after them.
  expect(names.indexOf('Page Demo')).toBe(2);
});
