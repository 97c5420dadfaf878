/**
 * A stage entry from a shown duration stored before Touchline kept the reading it was counted from
 * (no `countedFrom`) is still taken as the day it was printed on (decisions.md: a date-only reading
 * is its date as printed), as it was when stored, so the per-stage summaries it is in still add up
 * and no row needs a migration. With its reading, it counts back from the user's day then.
 *
 * By hand: "3 days" read in a browser on UTC on 21 Nov 02:00 UTC (Fri 20 Nov 18:00 in Los Angeles)
 * is stored as 18 Nov 00:00 UTC. Without its reading: 18 Nov, printed, from its start in Los
 * Angeles (08:00 UTC). With it: Fri 20 Nov − 3 = 17 Nov in Los Angeles (08:00 UTC).
 */
import { describe, expect, it } from 'vitest';
import { withPrintedStageDays } from '../../../lib/metrics/printed-stage-days';

const zones = { timeZone: 'America/Los_Angeles', pageTimeZone: 'UTC' };
const shown = { stage: 'Negotiations Started', enteredAt: '2026-11-18T00:00:00.000Z', approximate: true as const };

describe('a shown duration stored with and without the reading it was counted from', () => {
  it('without it, is the printed day', () => {
    const { stageHistory } = withPrintedStageDays({ stageHistory: [shown] }, zones);
    expect(stageHistory[0]?.enteredAt).toBe('2026-11-18T08:00:00.000Z');
  });

  it('with it, counts back from the user day at that reading', () => {
    const counted = { ...shown, countedFrom: '2026-11-21T02:00:00.000Z' };
    const { stageHistory } = withPrintedStageDays({ stageHistory: [counted] }, zones);
    expect(stageHistory[0]?.enteredAt).toBe('2026-11-17T08:00:00.000Z');
  });
});
