/**
 * metrics.md "Stage conversion": "A move to a lost stage is not a move forward; closed won /
 * closed lost are outcomes, not rows." HubSpot portal with a custom closed-lost stage "Not a fit"
 * (no outcome word in its name): Alex's deal page showed a deal closed lost in it (the page's
 * closed marker). Casey's deal C1, known from a HubSpot deals export (which dates every stage
 * entered but carries no closed marker), went Discovery → Demo → Not a fit. Casey's C2 sits in
 * Demo, C3 went on to Proposal (both read from pages, path shown).
 *
 * The team page's own Deals list already treats C1 as closed (outcomesInAccounts, over every
 * deal of the account). With the owner filter on Casey, the funnel must still treat "Not a fit"
 * as the lost outcome it is. By hand, Casey's deals C1, C2, C3:
 *   Discovery: entered 3, moved on 3 → 100 %
 *   Demo: entered 3 (C1, C2, C3), moved on 1 (C3 to Proposal; C1's move to Not a fit is a loss) → 33 %
 *   Proposal: entered 1, moved on 0
 *   "Not a fit": no row (an outcome).
 */
import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { at, deal, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from '../team/team-cache';

const ALEX = 'Alex Morgan';
const CASEY = 'Casey Nguyen';
const PATH = ['Discovery', 'Qualified', 'Demo', 'Proposal', 'Closed won', 'Not a fit'];
const EXPORT_ONLY = '1970-01-01T00:00:00.000Z';

function deals() {
  return [
    deal({
      owner: ALEX,
      stages: PATH,
      stage: 'Not a fit',
      closed: 'lost',
      stageHistory: history(
        ['Discovery', at('2026-09-01 10:00')],
        ['Demo', at('2026-09-10 10:00')],
        ['Not a fit', at('2026-09-20 10:00')],
      ),
    }),
    deal({
      owner: CASEY,
      stages: undefined,
      lastReadAt: EXPORT_ONLY,
      stage: 'Not a fit',
      stageHistory: history(
        ['Discovery', at('2026-09-02 10:00')],
        ['Demo', at('2026-09-12 10:00')],
        ['Not a fit', at('2026-09-25 10:00')],
      ),
    }),
    deal({
      owner: CASEY,
      stages: PATH,
      stage: 'Demo',
      stageHistory: history(['Discovery', at('2026-10-01 10:00')], ['Demo', at('2026-11-01 10:00')]),
    }),
    deal({
      owner: CASEY,
      stages: PATH,
      stage: 'Proposal',
      stageHistory: history(
        ['Discovery', at('2026-10-01 10:00')],
        ['Demo', at('2026-10-10 10:00')],
        ['Proposal', at('2026-10-20 10:00')],
      ),
    }),
  ];
}

async function view(owner?: string) {
  const db = await cacheWith({ deals: deals() });
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market', ...(owner ? { owner } : {}) },
    settings: settings(),
    now: NOW,
  });
}

const rowsOf = (v: Awaited<ReturnType<typeof view>>) =>
  Object.fromEntries((v.funnel?.rows ?? []).map((r) => [r.stage, [r.entered, r.advanced, r.rate]]));

describe('stage funnel with the owner filter: a custom lost stage known from another owner’s deal', () => {
  it('the Deals list treats the exported deal in "Not a fit" as closed (control)', async () => {
    const v = await view(CASEY);
    expect(v.deals.map((d) => d.stage).sort()).toEqual(['Demo', 'Proposal']);
  });

  it('every owner: "Not a fit" is an outcome (control)', async () => {
    const rows = rowsOf(await view());
    expect(rows['Not a fit']).toBeUndefined();
    expect(rows.Demo).toEqual([4, 1, 0.25]);
  });

  it('Casey only: "Not a fit" is still an outcome, and a move to it is not a move forward', async () => {
    const rows = rowsOf(await view(CASEY));
    expect(rows.Demo).toEqual([3, 1, 0.33]);
    expect(rows.Discovery).toEqual([3, 3, 1]);
    expect(rows.Proposal).toEqual([1, 0, 0]);
    expect(rows['Not a fit']).toBeUndefined();
  });
});
