import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStageHistory } from '../../../lib/db/stage-history';
import { stageConversion } from '../../../lib/metrics/stage-conversion';
import { stageTimeline, timeInStage } from '../../../lib/metrics/stage-time';
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
  // Pipedrive: a deal won or lost by its marker stays in its open stage (closed-stage.ts); closed
  // stages are read by their names whatever the CRM.
  return deal({
    crm: 'pipedrive',
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
   * other instants, with the page's history, with the stage only, or without the stage (read
   * failed). (A deal that returns to a stage between two readings looks as if it never left:
   * nothing can bound that, so the journeys here do not return.)
   */
  it('time in stage and every visit in the timeline always contain the true days', () => {
    const hours = (max: number, minLength: number) =>
      fc.uniqueArray(fc.integer({ min: 0, max }), { minLength, maxLength: 8 }).map((a) => a.sort((x, y) => x - y));
    const shows = fc.constantFrom('history', 'stage', 'nothing');
    fc.assert(
      fc.property(
        hours(120 * 24, 1),
        hours(130 * 24, 1),
        fc.array(shows, { minLength: 8, maxLength: 8 }),
        (changeHours, visitHours, modes) => {
          const start = NOW.getTime() - 130 * DAY;
          const changes = changeHours.slice(0, PIPELINE.length).map((h) => start + h * 3_600_000);
          const visits = visitHours.map((h) => start + h * 3_600_000).filter((at) => at >= (changes[0] as number));
          if (visits.length === 0) return;
          let stored: StageEntry[] = [];
          visits.forEach((at, i) => {
            // The panel is judged at the last reading, which showed at least the stage.
            const mode = i === visits.length - 1 && modes[i] === 'nothing' ? 'stage' : modes[i];
            const past = changes.filter((c) => c <= at);
            const page =
              mode === 'history'
                ? past.map((c, j) => ({ stage: PIPELINE[j] as string, enteredAt: new Date(c).toISOString() }))
                : [];
            const currentStage = mode === 'nothing' ? undefined : PIPELINE[past.length - 1];
            stored = mergeStageHistory({ stored, page, currentStage, now: new Date(at), newest: true });
          });
          const last = visits.at(-1) as number;
          const reached = changes.filter((c) => c <= last).length;
          const trueDays = (stage: string) => {
            const i = PIPELINE.indexOf(stage);
            const exit = i + 1 < reached ? (changes[i + 1] as number) : last;
            return Math.floor(exit / DAY) - Math.floor((changes[i] as number) / DAY);
          };
          const current = PIPELINE[reached - 1] as string;
          const range = timeInStage({ stage: current, stageHistory: stored }, new Date(last), 'UTC');
          expect(range).not.toBeNull();
          expect(range?.days).toBeLessThanOrEqual(trueDays(current));
          expect(range?.upTo ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(trueDays(current));
          for (const stint of stageTimeline({ stageHistory: stored }, new Date(last), 'UTC')) {
            const most = stint.atLeast ? (stint.upTo ?? Number.POSITIVE_INFINITY) : stint.days;
            expect(stint.days).toBeLessThanOrEqual(trueDays(stint.stage));
            expect(most).toBeGreaterThanOrEqual(trueDays(stint.stage));
          }
        },
      ),
      RUNS,
    );
  });

  it('time in stage is exact when the page shows the history', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 * 24 }), fc.integer({ min: 0, max: 10 * 24 }), (entered, since) => {
        const entry = NOW.getTime() - 130 * DAY + entered * 3_600_000;
        const at = new Date(entry + since * 3_600_000);
        const stored = mergeStageHistory({
          stored: [],
          page: [{ stage: 'Demo', enteredAt: new Date(entry).toISOString() }],
          currentStage: 'Demo',
          now: at,
          newest: true,
        });
        const days = Math.floor(at.getTime() / DAY) - Math.floor(entry / DAY);
        expect(timeInStage({ stage: 'Demo', stageHistory: stored }, at, 'UTC')).toEqual({ days, upTo: days });
      }),
      RUNS,
    );
  });
});
