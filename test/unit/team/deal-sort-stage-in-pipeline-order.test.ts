import { expect, it } from 'vitest';
import { sortDeals } from '../../../components/team/deal-sort';
import type { DealRow } from '../../../lib/team/deal-row';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { deal, history, NOW, PIPELINE, settings } from '../metrics/builders';
import { namedDealRow } from './named-deal-row';
import { cacheWith } from './team-cache';

// The builders' pipeline is Discovery → Qualified → Demo → Proposal → Negotiation (each deal's
// `stages`, the funnel's order). Sorting the Stage column A to Z puts Demo before Discovery and
// Negotiation before Proposal and Qualified: a manager sorting by stage to see the late-stage
// deals together gets them shuffled among early ones.
it('sorts the Stage column in the pipeline’s order, not alphabetically', async () => {
  const threeDaysAgo = new Date(NOW.getTime() - 3 * 86_400_000).toISOString();
  const db = await cacheWith({
    deals: ['Demo', 'Negotiation', 'Qualified', 'Discovery', 'Proposal'].map((stage) =>
      deal({ name: `In ${stage}`, stage, stageHistory: history([stage, threeDaysAgo]) }),
    ),
  });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  expect(sortDeals(view.deals, 'stage', 'ascending').map((r) => r.stage)).toEqual(PIPELINE);
  expect(sortDeals(view.deals, 'stage', 'descending').map((r) => r.stage)).toEqual([...PIPELINE].reverse());
});

const row = (name: string, change: Partial<DealRow>): DealRow =>
  namedDealRow(name, { daysInStage: 3, typicalDays: 10, daysSinceTouch: 1, ...change });

// A deal export gives no stage order: such deals follow the ordered ones by name, in both
// directions, and a deal with no stage is last; two pipelines' stages interleave by place.
it('puts stages without a pipeline order after the ordered ones by name, and no stage last, both ways', () => {
  const rows = [
    row('no stage', {}),
    row('export B', { stage: 'Bravo' }),
    row('renewal 0', { stage: 'Renewal due', stagePlace: 0 }),
    row('sales 1', { stage: 'Qualified', stagePlace: 1 }),
    row('export A', { stage: 'Alpha' }),
    row('sales 0', { stage: 'Discovery', stagePlace: 0 }),
  ];
  expect(sortDeals(rows, 'stage', 'ascending').map((r) => r.name)).toEqual([
    'sales 0',
    'renewal 0',
    'sales 1',
    'export A',
    'export B',
    'no stage',
  ]);
  expect(sortDeals(rows, 'stage', 'descending').map((r) => r.name)).toEqual([
    'sales 1',
    'renewal 0',
    'sales 0',
    'export B',
    'export A',
    'no stage',
  ]);
});
