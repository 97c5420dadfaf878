// @vitest-environment happy-dom
// A rep opens an opportunity at 10:00 on 20 Nov: it entered "Needs Analysis" at 9:00 that day (the
// Stage History's newest row), and Touchline stores that. At 15:00 the deal moves on to
// "Proposal/Price Quote". The rep opens it again at 16:00: the Stage field says
// "Proposal/Price Quote", "Days in Stage: 0", the Stage History card still lists "Needs Analysis"
// as its newest row (drawn from the record cache before the move, as the session's own same-day
// test has it), and the Path is not drawn yet (crm-pages.md: a single-page app that renders parts
// late; the Path is a layout component, absent on many layouts).
//
// metrics.md, "Stage history": the list of (stage, entered at) read from the page or recorded by
// Touchline when it sees the stage change between visits. Touchline saw the deal in
// "Needs Analysis" at 10:00 and in "Proposal/Price Quote" at 16:00: one move forward, never a
// move back. At 882c5ae the timeline reads Qualification → Needs Analysis → Proposal/Price Quote;
// since ad4649f the day-only entry is taken as a rename of the history's row (no Path, so no
// stages to tell by), the page's history puts "Proposal/Price Quote" at 9:00, and merged with the
// stored "Needs Analysis" at 9:00 it reads Proposal/Price Quote → Needs Analysis →
// Proposal/Price Quote: a move back no one made, and stage conversion counts Needs Analysis
// as not moved on. It stays so until a reading with the Path drawn or a caught-up history
// (on a layout without the Path, until the Stage History shows the move).
import { describe, expect, it } from 'vitest';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { opportunityPage, oppUrl, SALES_PROCESS } from './english-opportunity-page-by-hand';

const history: [string, string][] = [
  ['Needs Analysis', '11/20/2026, 9:00 AM'],
  ['Qualification', '10/14/2026, 11:30 AM'],
  ['Prospecting', '10/2/2026, 10:00 AM'],
];

describe('Salesforce: a second move the same day, read before the Path is drawn, after Touchline saw the first', () => {
  it('keeps one move forward, Needs Analysis → Proposal/Price Quote, 0 days in stage', async () => {
    const ext = extension('UTC');
    ext.clock.now = new Date('2026-11-20T10:00:00Z');
    await openPage(
      ext,
      opportunityPage({ path: SALES_PROCESS, stage: 'Needs Analysis', daysInStage: 0, history }),
      oppUrl,
    );
    ext.clock.now = new Date('2026-11-20T16:00:00Z');
    const early = asDeal(
      (
        await openPage(
          ext,
          opportunityPage({ path: [], stage: 'Proposal/Price Quote', daysInStage: 0, history }),
          oppUrl,
        )
      ).view,
    );
    expect(early.stage).toBe('Proposal/Price Quote');
    expect(early.daysInStage).toBe(0);
    expect(early.stageTimeline.map((s) => s.stage)).toEqual([
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Proposal/Price Quote',
    ]);
    const needsAnalysis = early.conversion.find((c) => c.stage === 'Needs Analysis');
    expect(needsAnalysis && [needsAnalysis.entered, needsAnalysis.advanced]).toEqual([1, 1]);
  });
});
