import { describe, expect, it } from 'vitest';
import { currentStage, daysInStage, stageTimeline } from '../../../lib/metrics/stage-time';
import { at, deal, history, LA, NOW } from './builders';

describe('time in stage', () => {
  it('counts whole days in the user’s zone since the deal entered its stage', () => {
    const proposal = deal({
      stage: 'Proposal',
      stageHistory: history(['Demo', at('2026-10-20 10:00')], ['Proposal', at('2026-10-28 10:00')]),
    });
    expect(daysInStage(proposal, NOW, LA)).toBe(23);
  });

  it('restarts the count when a deal re-enters a stage', () => {
    const backAndForth = deal({
      stage: 'Proposal',
      stageHistory: history(
        ['Demo', at('2026-10-01 10:00')],
        ['Proposal', at('2026-10-10 10:00')],
        ['Demo', at('2026-10-20 10:00')],
        ['Proposal', at('2026-11-10 10:00')],
      ),
    });
    expect(daysInStage(backAndForth, NOW, LA)).toBe(10);
  });

  it('reads history in time order whatever order the page listed it', () => {
    const listedNewestFirst = deal({
      stage: 'Proposal',
      stageHistory: history(['Proposal', at('2026-11-10 10:00')], ['Demo', at('2026-10-20 10:00')]),
    });
    expect(daysInStage(listedNewestFirst, NOW, LA)).toBe(10);
  });

  it('is unknown when the history misses the move into the current stage', () => {
    const missing = deal({ stage: 'Negotiation', stageHistory: history(['Proposal', at('2026-11-10 10:00')]) });
    expect(daysInStage(missing, NOW, LA)).toBeNull();
    expect(daysInStage(deal({ stage: 'Demo', stageHistory: [] }), NOW, LA)).toBeNull();
  });

  it('counts an entry late on 31 October in Los Angeles from that day, across the DST change', () => {
    const late = deal({ stage: 'Demo', stageHistory: history(['Demo', at('2026-10-31 23:30')]) });
    expect(daysInStage(late, NOW, LA)).toBe(20);
    expect(daysInStage(late, NOW, 'UTC')).toBe(19);
  });

  it('takes the current stage from the history when the page shows none', () => {
    expect(currentStage(deal({ stage: undefined, stageHistory: history(['Demo', at('2026-11-02 10:00')]) }))).toBe(
      'Demo',
    );
  });
});

describe('stageTimeline', () => {
  it('lists each visit with its days, the last one current', () => {
    const d = deal({
      stage: 'Proposal',
      stageHistory: history(
        ['Discovery', at('2026-10-01 10:00')],
        ['Qualified', at('2026-10-05 10:00')],
        ['Demo', at('2026-10-12 10:00')],
        ['Proposal', at('2026-10-28 10:00')],
      ),
    });
    expect(stageTimeline(d, NOW, LA).map(({ stage, days, current }) => [stage, days, current])).toEqual([
      ['Discovery', 4, false],
      ['Qualified', 7, false],
      ['Demo', 16, false],
      ['Proposal', 23, true],
    ]);
  });
});
