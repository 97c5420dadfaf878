import { describe, expect, it } from 'vitest';
import { median, typicalStageTime } from '../../../lib/metrics/typical-stage-time';
import { at, deal, dealThatLeft, history, settings } from './builders';

const proposalDays = [5, 7, 8, 9, 10, 10, 10, 10, 12, 14, 18, 30];

describe('typicalStageTime', () => {
  it('is the median of the days your deals spent in the stage before leaving it', () => {
    const deals = proposalDays.map((days) => dealThatLeft('Proposal', days));
    expect(typicalStageTime('Proposal', deals, settings())).toEqual({ days: 10, source: 'own-deals', deals: 12 });
  });

  it('leaves out visits whose start Touchline only first saw: their length is unknown', () => {
    const firstSeen = (days: number) => {
      const left = dealThatLeft('Proposal', days);
      const [entry, ...rest] = left.stageHistory;
      return { ...left, stageHistory: [{ ...(entry as (typeof rest)[number]), firstSeen: true as const }, ...rest] };
    };
    const deals = [...[7, 9, 12, 30, 3].map(firstSeen), ...[10, 11].map((d) => dealThatLeft('Proposal', d))];
    expect(typicalStageTime('Proposal', deals, settings())).toEqual({ days: 14, source: 'default', deals: 2 });
  });

  it('counts a visit known to within a day by its lower bound, and leaves out one known only more loosely', () => {
    const leftBetweenSightings = (lastSeenIn: string, firstSeenOut: string) =>
      deal({
        stage: 'Negotiation',
        stageHistory: [
          { stage: 'Proposal', enteredAt: at('2026-06-01 10:00') },
          { stage: 'Negotiation', enteredAt: at(firstSeenOut), after: at(lastSeenIn) },
        ],
      });
    const withinADay = leftBetweenSightings('2026-06-05 16:00', '2026-06-06 09:00');
    const overAWeek = leftBetweenSightings('2026-06-02 16:00', '2026-06-12 09:00');
    const deals = [...[3, 3, 9, 9].map((days) => dealThatLeft('Proposal', days)), withinADay, overAWeek];
    expect(typicalStageTime('Proposal', deals, settings())).toEqual({ days: 4, source: 'own-deals', deals: 5 });
  });

  it('uses the default until 5 deals have left the stage, and says so', () => {
    const deals = [7, 9, 12, 30].map((days) => dealThatLeft('Proposal', days));
    expect(typicalStageTime('Proposal', deals, settings())).toEqual({ days: 14, source: 'default', deals: 4 });
    expect(typicalStageTime('Proposal', deals, settings({ defaultStageDays: 21 })).days).toBe(21);
  });

  it('switches to your deals at exactly 5', () => {
    const deals = [7, 9, 12, 30, 3].map((days) => dealThatLeft('Proposal', days));
    expect(typicalStageTime('Proposal', deals, settings())).toEqual({ days: 9, source: 'own-deals', deals: 5 });
  });

  it('is at least 1 day even when deals move on the same day', () => {
    const deals = [0, 0, 0, 1, 2].map((days) => dealThatLeft('Discovery', days));
    expect(typicalStageTime('Discovery', deals, settings()).days).toBe(1);
  });

  it('ignores deals still in the stage and counts each deal once, with its latest visit', () => {
    const stillThere = deal({ stage: 'Proposal', stageHistory: history(['Proposal', at('2026-08-01 10:00')]) });
    const twice = deal({
      stage: 'Negotiation',
      stageHistory: history(
        ['Proposal', at('2026-09-01 10:00')],
        ['Demo', at('2026-09-30 10:00')],
        ['Proposal', at('2026-10-05 10:00')],
        ['Negotiation', at('2026-10-09 10:00')],
      ),
    });
    const deals = [stillThere, twice, ...[4, 4, 4, 4].map((d) => dealThatLeft('Proposal', d))];
    expect(typicalStageTime('Proposal', deals, settings())).toEqual({ days: 4, source: 'own-deals', deals: 5 });
  });
});

describe('median', () => {
  it.each([
    [[3], 3],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
