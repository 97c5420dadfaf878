import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStageHistory } from '../../../lib/db/stage-history';
import { stageConversion } from '../../../lib/metrics/stage-conversion';
import { timeInStage } from '../../../lib/metrics/stage-time';
import type { Deal, StageEntry } from '../../../lib/schema/record';
import { deal, NOW, PIPELINE } from './builders';

const DAY = 86_400_000;
const RUNS = { numRuns: 500 };
const WON_NAMES = ['Closed won', 'Won', 'Gewonnen', 'Gagné', 'Ganado', 'Ganho'];
const LOST_NAMES = ['Closed lost', 'Lost', 'Verloren', 'Perdu', 'Perdido'];

/** A deal's journey as a rep would tell it: the open stages it went through, then how it ended. */
const journey = fc.record({
  stops: fc.array(fc.integer({ min: 0, max: PIPELINE.length - 1 }), { minLength: 1, maxLength: 8 }),
  ending: fc.constantFrom('open', 'won-stage', 'lost-stage', 'won-marker', 'lost-marker'),
  name: fc.nat(),
  newestFirst: fc.boolean(),
});
type Journey = typeof journey extends fc.Arbitrary<infer T> ? T : never;

function dealOf({ stops, ending, name, newestFirst }: Journey): Deal {
  const stages = stops.map((i) => PIPELINE[i] as string).filter((s, i, all) => i === 0 || all[i - 1] !== s);
  const closedName = ending === 'won-stage' ? WON_NAMES[name % WON_NAMES.length] : LOST_NAMES[name % LOST_NAMES.length];
  if (ending === 'won-stage' || ending === 'lost-stage') stages.push(closedName as string);
  const history = stages.map((stage, i) => ({
    stage,
    enteredAt: new Date(Date.UTC(2026, 5, 1) + i * DAY).toISOString(),
  }));
  const closed = ending === 'won-marker' ? 'won' : ending === 'lost-marker' ? 'lost' : undefined;
  return deal({
    stage: stages.at(-1),
    stageHistory: newestFirst ? [...history].reverse() : history,
    ...(closed ? { closed } : {}),
  });
}

/**
 * The oracle, by replaying each journey step by step as metrics.md says it: every open stage the
 * deal enters counts as entered; arriving in a later open stage marks every stage entered before
 * as moved on; winning marks them all; losing marks none.
 */
function replayedConversion(journeys: readonly Journey[]) {
  const entered = new Map<string, number>();
  const advanced = new Map<string, number>();
  for (const { stops, ending } of journeys) {
    const seen = new Set<number>();
    const movedOn = new Set<number>();
    for (const stop of stops) {
      for (const earlier of seen) if (earlier < stop) movedOn.add(earlier);
      seen.add(stop);
    }
    if (ending === 'won-stage' || ending === 'won-marker') for (const stop of seen) movedOn.add(stop);
    for (const stop of seen) entered.set(PIPELINE[stop] as string, (entered.get(PIPELINE[stop] as string) ?? 0) + 1);
    for (const stop of movedOn)
      advanced.set(PIPELINE[stop] as string, (advanced.get(PIPELINE[stop] as string) ?? 0) + 1);
  }
  return PIPELINE.map((stage) => ({ stage, entered: entered.get(stage) ?? 0, advanced: advanced.get(stage) ?? 0 }));
}

describe('stage properties against simple oracles', () => {
  it('stage conversion matches a step-by-step replay of each deal’s journey, closed stages never rows', () => {
    fc.assert(
      fc.property(fc.array(journey, { maxLength: 12 }), (journeys) => {
        const order = [...PIPELINE, 'Closed won', 'Closed lost', ...WON_NAMES, ...LOST_NAMES];
        const rows = stageConversion(order, journeys.map(dealOf));
        expect(rows.map(({ stage, entered, advanced }) => ({ stage, entered, advanced }))).toEqual(
          replayedConversion(journeys),
        );
      }),
      RUNS,
    );
  });

  /**
   * A deal goes forward through distinct stages at true instants; Touchline reads its page at
   * other instants, sometimes with the page's history, sometimes without. (A deal that returns to
   * a stage between two readings looks as if it never left: nothing can bound that, so the
   * journeys here do not return.)
   */
  it('time in stage, read at any visit, always contains the true days since the deal entered its stage', () => {
    const offsets = (min: number, max: number) =>
      fc.uniqueArray(fc.integer({ min, max }), { minLength: 1, maxLength: 6 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(
        offsets(0, 120 * 24),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 130 * 24 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
        (changeHours, visitList) => {
          const start = NOW.getTime() - 130 * DAY;
          const changes = changeHours.slice(0, PIPELINE.length).map((h, i) => ({
            stage: PIPELINE[i] as string,
            at: start + h * 3_600_000,
          }));
          const visits = [...new Map(visitList.map(([h, shown]) => [start + h * 3_600_000, shown]))]
            .filter(([at]) => at >= (changes[0] as { at: number }).at)
            .sort((a, b) => a[0] - b[0]);
          if (visits.length === 0) return;
          let stored: StageEntry[] = [];
          let lastSeenAt: string | undefined;
          for (const [at, shown] of visits) {
            const past = changes.filter((c) => c.at <= at);
            const page = shown ? past.map((c) => ({ stage: c.stage, enteredAt: new Date(c.at).toISOString() })) : [];
            const currentStage = past.at(-1)?.stage;
            stored = mergeStageHistory({ stored, page, currentStage, now: new Date(at), newest: true, lastSeenAt });
            lastSeenAt = new Date(at).toISOString();
          }
          const [lastVisit, shownLast] = visits.at(-1) as [number, boolean];
          const current = changes.filter((c) => c.at <= lastVisit).at(-1) as { stage: string; at: number };
          const trueDays = Math.floor(lastVisit / DAY) - Math.floor(current.at / DAY);
          const range = timeInStage({ stage: current.stage, stageHistory: stored }, new Date(lastVisit), 'UTC');
          expect(range).not.toBeNull();
          expect(range?.days).toBeLessThanOrEqual(trueDays);
          if (range?.upTo !== null) expect(range?.upTo).toBeGreaterThanOrEqual(trueDays);
          if (shownLast) expect(range).toEqual({ days: trueDays, upTo: trueDays });
        },
      ),
      RUNS,
    );
  });
});
