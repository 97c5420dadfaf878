import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, deal, dealThatLeft, history, LA, NOW, PIPELINE, settings } from './builders';

/**
 * metrics.md, Deal stages: typical time in stage is the median time deals spent in the stage before
 * leaving it; `watch` above 1.5 x typical, `stalled` above 2 x typical. Six deals left Proposal after
 * 8, 10, 10, 11, 11 and 14 days: the median is (10 + 11) / 2 = 10.5 days.
 * By hand: watch above 15.75 days, stalled above 21 days. So 16 days in Proposal is `watch` and
 * 22 days is `stalled`. Rounding the median to 11 first (display) moves the thresholds to 16.5 and 22,
 * and a manager sees no warning at 16 days and only `watch` at 22.
 */
const left = [8, 10, 10, 11, 11, 14].map((days) => dealThatLeft('Proposal', days));

function viewInProposalSince(entered: string) {
  const open = deal({
    stage: 'Proposal',
    stages: PIPELINE,
    stageHistory: history(['Demo', at('2026-10-01 10:00')], ['Proposal', at(entered)]),
  });
  return buildDealView({
    deal: open,
    activities: [],
    contacts: [],
    summaries: buildStageSummaries([open, ...left], LA),
    settings: settings(),
    now: NOW,
  });
}

describe('stage warning against a median that falls between two whole days', () => {
  it('warns `watch` at 16 days in stage (16 > 1.5 x 10.5 = 15.75)', () => {
    const view = viewInProposalSince('2026-11-04 10:00');
    expect(view.daysInStage).toBe(16);
    expect(view.typicalDaysInStage).toMatchObject({ source: 'own-deals', deals: 6 });
    expect(view.warning).toBe('watch');
    // The reason names the median the threshold is a multiple of; the card shows it rounded (an integer).
    expect(view.typicalDaysInStage?.days).toBe(11);
    expect(view.warningReason).toContain('typical 10.5 from your 6 deals — over 1.5× typical');
  });

  it('warns `stalled` at 22 days in stage (22 > 2 x 10.5 = 21)', () => {
    const view = viewInProposalSince('2026-10-29 10:00');
    expect(view.daysInStage).toBe(22);
    expect(view.warning).toBe('stalled');
  });
});
