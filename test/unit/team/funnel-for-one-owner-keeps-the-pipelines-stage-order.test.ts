/**
 * metrics.md "Stage conversion": of the deals that entered a stage, the share that moved to a
 * LATER stage; moving back is not moving on. The pipeline's order is known: Alex's deal page shows
 * the HubSpot path Discovery, Qualified, Demo, Proposal. Casey's three deals are known from a HubSpot
 * deals export (every stage entry dated, no path): two went Discovery → Demo and were then put back
 * to Qualified, one went Discovery → Demo and sits there.
 *
 * By hand, with the owner filter on Casey (her 3 deals, in the pipeline's order as its page shows it):
 *   Demo: entered 3, moved on 0 (a move back to Qualified is not forward) → 0 %.
 * The unfiltered funnel (control) reads the path from Alex's deal and gets Demo right.
 */
import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { at, deal, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from '../team/team-cache';

const ALEX = 'Alex Morgan';
const CASEY = 'Casey Nguyen';
const PATH = ['Discovery', 'Qualified', 'Demo', 'Proposal', 'Closed won', 'Closed lost'];
const EXPORT_ONLY = '1970-01-01T00:00:00.000Z';

const back = (day: number) =>
  deal({
    owner: CASEY,
    stages: undefined,
    lastReadAt: EXPORT_ONLY,
    stage: 'Qualified',
    stageHistory: history(
      ['Discovery', at(`2026-09-0${day} 10:00`)],
      ['Demo', at(`2026-09-1${day} 10:00`)],
      ['Qualified', at(`2026-09-2${day} 10:00`)],
    ),
  });

function deals() {
  return [
    deal({
      owner: ALEX,
      stages: PATH,
      stage: 'Discovery',
      stageHistory: history(['Discovery', at('2026-11-02 10:00')]),
    }),
    back(1),
    back(2),
    deal({
      owner: CASEY,
      stages: undefined,
      lastReadAt: EXPORT_ONLY,
      stage: 'Demo',
      stageHistory: history(['Discovery', at('2026-10-01 10:00')], ['Demo', at('2026-10-11 10:00')]),
    }),
  ];
}

async function rows(owner?: string) {
  const db = await cacheWith({ deals: deals() });
  const v = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market', ...(owner ? { owner } : {}) },
    settings: settings(),
    now: NOW,
  });
  return Object.fromEntries((v.funnel?.rows ?? []).map((r) => [r.stage, [r.entered, r.advanced, r.rate]]));
}

describe('stage funnel with the owner filter: the pipeline order another owner’s deal page showed', () => {
  it('every owner (control): Demo entered 3, moved on 0', async () => {
    expect((await rows()).Demo).toEqual([3, 0, 0]);
  });
  it('Casey only: Demo entered 3, moved on 0 (putting a deal back to Qualified is not moving on)', async () => {
    expect((await rows(CASEY)).Demo).toEqual([3, 0, 0]);
  });
});
