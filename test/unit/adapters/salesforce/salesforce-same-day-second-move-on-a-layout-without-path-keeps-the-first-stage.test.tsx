// @vitest-environment happy-dom
// An opportunity on a layout without the Path component (crm-pages.md describes the Path; it is a
// component the admin places, and the Stage field carries the stage without it). It entered
// "Needs Analysis" on 20 Nov at 9:00 (the Stage History's newest row) and moved on to
// "Proposal/Price Quote" at 15:00 that day; the Stage History card still lists "Needs Analysis" as
// its newest row (drawn before the move, as the session's own same-day test has it). Read on 21 Nov:
// Stage "Proposal/Price Quote", "Days in Stage: 1". Touchline never read it before.
//
// metrics.md, "Stage conversion": of the deals that entered a stage, the share that moved to a
// later stage. This deal entered "Needs Analysis" (the page's own history says so) and moved on.
// At 882c5ae the history keeps that row; since ad4649f, with no Path steps to tell by, the
// day-only entry is taken as a rename of the row and "Needs Analysis" is dropped from the
// deal's history: the deal never entered it, the stage timeline skips from Qualification to
// Proposal/Price Quote, and every such deal takes one out of the stage's conversion count.
import { describe, expect, it } from 'vitest';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { opportunityPage, oppUrl } from './english-opportunity-page-by-hand';

describe("Salesforce without a Path: a second move the same day as the history's newest row", () => {
  it('keeps the stage that row entered in the history and in stage conversion', async () => {
    const ext = extension('UTC');
    ext.clock.now = new Date('2026-11-21T15:00:00Z');
    const page = opportunityPage({
      path: [],
      stage: 'Proposal/Price Quote',
      daysInStage: 1,
      history: [
        ['Needs Analysis', '11/20/2026, 9:00 AM'],
        ['Qualification', '10/14/2026, 11:30 AM'],
        ['Prospecting', '10/2/2026, 10:00 AM'],
      ],
    });
    const view = asDeal((await openPage(ext, page, oppUrl)).view);
    expect(view.stage).toBe('Proposal/Price Quote');
    expect(view.stageTimeline.map((s) => s.stage)).toContain('Needs Analysis');
    const needsAnalysis = view.conversion.find((c) => c.stage === 'Needs Analysis');
    expect(needsAnalysis && [needsAnalysis.entered, needsAnalysis.advanced]).toEqual([1, 1]);
  });
});
