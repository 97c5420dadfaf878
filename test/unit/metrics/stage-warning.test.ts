import { describe, expect, it } from 'vitest';
import { stageWarning, stageWarningReason } from '../../../lib/metrics/stage-warning';
import type { TypicalStageTime } from '../../../lib/metrics/typical-stage-time';

const typical10: TypicalStageTime = { days: 10, source: 'own-deals', deals: 12 };
const factors = { watchFactor: 1.5, stalledFactor: 2 };

describe('stageWarning (typical 10 days)', () => {
  it.each([
    [10, 'none'],
    [15, 'none'],
    [16, 'watch'],
    [20, 'watch'],
    [21, 'stalled'],
    [23, 'stalled'],
  ] as const)('%i days in stage → %s', (days, expected) => {
    expect(stageWarning(days, typical10, undefined, factors)).toBe(expected);
  });

  it.each(['won', 'lost'] as const)('never warns on a deal closed %s', (closed) => {
    expect(stageWarning(60, typical10, closed, factors)).toBe('none');
  });

  it('does not warn without a time in stage', () => {
    expect(stageWarning(null, typical10, undefined, factors)).toBe('none');
  });

  it.each([
    [12, 'none'],
    [13, 'watch'],
    [15, 'watch'],
    [16, 'stalled'],
  ] as const)('uses the factors the user set (1.2× and 1.5×): %i days → %s', (days, expected) => {
    expect(stageWarning(days, typical10, undefined, { watchFactor: 1.2, stalledFactor: 1.5 })).toBe(expected);
  });

  it('is not above a threshold it equals, whatever binary floating point makes of factor × typical', () => {
    // Every factor the options page offers (0.1 steps) against every typical time up to a year:
    // exactly factor × typical days is never above it, one day more always is (an integer oracle).
    for (let tenths = 11; tenths <= 50; tenths++) {
      for (let days = 1; days <= 365; days++) {
        const limit = (tenths * days) / 10;
        const watchFactor = tenths / 10;
        const at = (n: number) =>
          stageWarning(n, { ...typical10, days }, undefined, { watchFactor, stalledFactor: 99 });
        if (Number.isInteger(limit)) expect([tenths, days, at(limit)]).toEqual([tenths, days, 'none']);
        expect([tenths, days, at(Math.floor(limit) + 1)]).toEqual([tenths, days, 'watch']);
      }
    }
  });
});

describe('stageWarningReason', () => {
  const reason = (daysInStage: number | null, typical: TypicalStageTime | null = typical10, closed?: 'won' | 'lost') =>
    stageWarningReason({
      stage: 'Proposal',
      daysInStage,
      typical,
      closed,
      warning: stageWarning(daysInStage, typical, closed, factors),
      factors,
    });

  it('says it in plain words', () => {
    expect(reason(23)).toBe('23 days in stage, typical 10 from your 12 deals — over 2× typical');
    expect(reason(17)).toBe('17 days in stage, typical 10 from your 12 deals — over 1.5× typical');
    expect(reason(9)).toBe('9 days in stage, typical 10 from your 12 deals');
  });

  it('says "at least" when the count starts at Touchline\'s first sighting of the deal', () => {
    const text = stageWarningReason({
      stage: 'Proposal',
      daysInStage: 23,
      atLeast: true,
      typical: typical10,
      closed: undefined,
      warning: 'stalled',
      factors,
    });
    expect(text).toBe(
      'at least 23 days in stage (counted from the earliest day Touchline knows of the deal in this stage: it may have entered before), typical 10 from your 12 deals — over 2× typical',
    );
  });

  it('gives a range when Touchline saw the stage but not the day the deal entered it', () => {
    const text = stageWarningReason({
      stage: 'Proposal',
      daysInStage: 1,
      atLeast: true,
      upTo: 15,
      typical: typical10,
      closed: undefined,
      warning: 'none',
      factors,
    });
    expect(text).toBe(
      '1–15 days in stage (Touchline saw the stage, not the day the deal entered it), typical 10 from your 12 deals',
    );
  });

  it('names the factor the user set', () => {
    const custom = { watchFactor: 1.25, stalledFactor: 3 };
    const text = stageWarningReason({
      stage: 'Proposal',
      daysInStage: 31,
      typical: typical10,
      closed: undefined,
      warning: stageWarning(31, typical10, undefined, custom),
      factors: custom,
    });
    expect(text).toBe('31 days in stage, typical 10 from your 12 deals — over 3× typical');
  });

  it('says when the typical time is the default', () => {
    expect(reason(30, { days: 14, source: 'default', deals: 3 })).toBe(
      '30 days in stage, typical 14 (default: 3 of your deals that left Proposal have a known time there, 5 are needed) — over 2× typical',
    );
  });

  it('explains why a closed deal or a deal without history has no warning', () => {
    expect(reason(40, typical10, 'won')).toBe('Closed won: closed deals get no stage warning.');
    expect(reason(null)).toMatch(/^Time in stage unknown/);
  });
});
