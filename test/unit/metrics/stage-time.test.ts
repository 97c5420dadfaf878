import { describe, expect, it } from 'vitest';
import { currentStage, stageTimeline, timeInStage } from '../../../lib/metrics/stage-time';
import { at, deal, history, LA, NOW } from './builders';

const exactly = (days: number) => ({ days, upTo: days });

describe('time in stage', () => {
  it('counts whole days in the user’s zone since the deal entered its stage', () => {
    const proposal = deal({
      stage: 'Proposal',
      stageHistory: history(['Demo', at('2026-10-20 10:00')], ['Proposal', at('2026-10-28 10:00')]),
    });
    expect(timeInStage(proposal, NOW, LA)).toEqual(exactly(23));
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
    expect(timeInStage(backAndForth, NOW, LA)).toEqual(exactly(10));
  });

  it('reads history in time order whatever order the page listed it', () => {
    const listedNewestFirst = deal({
      stage: 'Proposal',
      stageHistory: history(['Proposal', at('2026-11-10 10:00')], ['Demo', at('2026-10-20 10:00')]),
    });
    expect(timeInStage(listedNewestFirst, NOW, LA)).toEqual(exactly(10));
  });

  it('is unknown when the history misses the move into the current stage', () => {
    const missing = deal({ stage: 'Negotiation', stageHistory: history(['Proposal', at('2026-11-10 10:00')]) });
    expect(timeInStage(missing, NOW, LA)).toBeNull();
    expect(timeInStage(deal({ stage: 'Demo', stageHistory: [] }), NOW, LA)).toBeNull();
  });

  it('counts an entry late on 31 October in Los Angeles from that day, across the DST change', () => {
    const late = deal({ stage: 'Demo', stageHistory: history(['Demo', at('2026-10-31 23:30')]) });
    expect(timeInStage(late, NOW, LA)).toEqual(exactly(20));
    expect(timeInStage(late, NOW, 'UTC')).toEqual(exactly(19));
  });

  it('is at least the days since Touchline first saw the deal in its stage when nothing came before', () => {
    const firstVisit = deal({
      stage: 'Demo',
      stageHistory: [{ stage: 'Demo', enteredAt: at('2026-11-02 10:00'), firstSeen: true }],
    });
    expect(timeInStage(firstVisit, NOW, LA)).toEqual({ days: 18, upTo: null });
  });

  it('is a range when the stage changed between two sightings: from the new stage’s first to the old one’s last', () => {
    const changedBetweenVisits = deal({
      stage: 'Proposal',
      stageHistory: [
        { stage: 'Demo', enteredAt: at('2026-10-20 10:00'), firstSeen: true },
        { stage: 'Proposal', enteredAt: at('2026-11-19 10:00'), after: at('2026-11-05 10:00') },
      ],
    });
    expect(timeInStage(changedBetweenVisits, NOW, LA)).toEqual({ days: 1, upTo: 15 });
  });

  it('is exact when both sightings fall on the same day', () => {
    const sameDay = deal({
      stage: 'Proposal',
      stageHistory: [{ stage: 'Proposal', enteredAt: at('2026-11-12 17:00'), after: at('2026-11-12 08:00') }],
    });
    expect(timeInStage(sameDay, NOW, LA)).toEqual(exactly(8));
  });

  it('is exact to the day when the entry comes from a duration the page shows', () => {
    const shown = deal({
      stage: 'Proposal',
      stageHistory: [{ stage: 'Proposal', enteredAt: at('2026-11-08 07:00'), approximate: true }],
    });
    expect(timeInStage(shown, NOW, LA)).toEqual(exactly(12));
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

  it('marks visits known only as a range with their least days and, where known, their most', () => {
    const seen = deal({
      stage: 'Proposal',
      stageHistory: [
        { stage: 'Demo', enteredAt: at('2026-10-20 10:00'), firstSeen: true },
        { stage: 'Proposal', enteredAt: at('2026-11-12 10:00'), after: at('2026-11-05 10:00') },
      ],
    });
    expect(stageTimeline(seen, NOW, LA)).toEqual([
      { stage: 'Demo', enteredAt: at('2026-10-20 10:00'), days: 16, atLeast: true, current: false },
      { stage: 'Proposal', enteredAt: at('2026-11-12 10:00'), days: 8, atLeast: true, upTo: 15, current: true },
    ]);
  });
});
