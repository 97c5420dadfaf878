import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { funnel } from '../../../lib/team/funnel';
import { at, deal, history, LA, NOW, settings } from './builders';

/**
 * A Salesforce org whose closed-lost stage is named "Disqualified": the Lightning path's closed
 * step marks the deal closed lost (`closed: 'lost'`, salesforce/read-deal.ts), but the stage name
 * holds no outcome word.
 * metrics.md "Stage conversion": a move to a lost stage is not a move forward; closed won / closed
 * lost are outcomes, not rows.
 *
 * By hand: Qualified was entered by 2 deals; one was lost (moved to the lost stage), one is still
 * in Qualified. Neither moved to a later stage nor was won: Qualified 0 of 2. Proposal: entered by
 * none. No row for "Disqualified".
 */
// The path of an open opportunity ends in the "Closed" placeholder (salesforce/read-path.ts skips
// it); a closed one's path names the stage it closed in, marked lost.
const OPEN_PATH = ['Qualified', 'Proposal'];
const LOST_PATH = ['Qualified', 'Proposal', 'Disqualified'];
const lost = deal({
  crm: 'salesforce',
  stages: LOST_PATH,
  stage: 'Disqualified',
  closed: 'lost',
  stageHistory: history(['Qualified', at('2026-10-01 10:00')], ['Disqualified', at('2026-10-05 10:00')]),
});
const open = deal({
  crm: 'salesforce',
  stages: OPEN_PATH,
  stage: 'Qualified',
  stageHistory: history(['Qualified', at('2026-11-01 10:00')]),
});
const expected = [
  { stage: 'Qualified', entered: 2, advanced: 0, rate: 0 },
  { stage: 'Proposal', entered: 0, advanced: 0, rate: null },
];

describe('stage conversion with a lost stage known only by the closed marker', () => {
  it("the lost deal's panel does not count the move to the lost stage as moving forward", () => {
    const view = buildDealView({
      deal: lost,
      activities: [],
      contacts: [],
      summaries: buildStageSummaries([lost, open], LA),
      settings: settings(),
      now: NOW,
    });
    expect(view.conversion).toEqual(expected);
  });

  it("the team page's funnel does the same, whichever deal's path it takes the order from", () => {
    expect(funnel([open, lost])?.rows).toEqual(expected);
    expect(funnel([lost, open])?.rows).toEqual(expected);
  });
});
