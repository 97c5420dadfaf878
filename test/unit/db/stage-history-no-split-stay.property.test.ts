import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStageHistory, unitedStageHistory } from '../../../lib/db/stage-history';
import type { StageEntry } from '../../../lib/schema/record';

/**
 * Stage histories merged from exact entries (pages, exports) and sightings (`firstSeen`, `after`),
 * checked against plain statements about the result rather than a second merge:
 * - entries are in time order, one per stay;
 * - an exact entry is never lost to a sighting: at its time the history is in its stage;
 * - no stay the exact entries begin is cut in two by sightings that could have begun before it:
 *   "X (exact), sightings of other stages, X (sighting)" only where one of those stages was seen
 *   beginning after X's entry, or an exact entry dates it between the two X, or a reading showed
 *   the deal in one of them after X's entry (a `seenUntil`, or the next sighting's `after` later
 *   than its own time): the deal went back into X.
 */
const DAY = 86_400_000;
const START = Date.UTC(2026, 9, 1, 9);
const LAST_DAY = 20;
const STAGES = ['Proposal', 'Negotiation', 'Contract'];
const iso = (day: number) => new Date(START + day * DAY).toISOString();
const time = (entry: StageEntry) => Date.parse(entry.enteredAt);
const isRange = (entry: StageEntry) => entry.firstSeen === true || entry.after !== undefined;

const exact = fc.record({ stage: fc.constantFrom(...STAGES), day: fc.integer({ min: 0, max: LAST_DAY }) });
const sighting = fc.record({
  stage: fc.constantFrom(...STAGES),
  day: fc.integer({ min: 0, max: LAST_DAY }),
  // Unbounded (a first sighting), or entered after this many days before.
  gap: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  onPage: fc.boolean(),
});
/** Exact entries at distinct days, so that no two of them say different things about one instant. */
const exacts = fc.uniqueArray(fc.record({ entry: exact, onPage: fc.boolean() }), {
  selector: ({ entry }) => entry.day,
  maxLength: 5,
});

function sightingEntry({ stage, day, gap }: { stage: string; day: number; gap?: number | undefined }): StageEntry {
  return gap === undefined
    ? { stage, enteredAt: iso(day), firstSeen: true }
    : { stage, enteredAt: iso(day), after: iso(day - gap) };
}

const scenario = fc
  .record({
    exacts,
    // Touchline sees one stage at a time: sightings at distinct days (an exact entry may share one).
    sightings: fc.uniqueArray(sighting, { selector: (s) => s.day, maxLength: 4 }),
    currentStage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
    nowDay: fc.integer({ min: 0, max: LAST_DAY + 2 }),
    newest: fc.boolean(),
  })
  .map(({ exacts, sightings, currentStage, nowDay, newest }) => {
    const entries = [
      ...exacts.map(({ entry, onPage }) => ({ entry: { stage: entry.stage, enteredAt: iso(entry.day) }, onPage })),
      ...sightings.map((s) => ({ entry: sightingEntry(s), onPage: s.onPage })),
    ];
    return {
      page: entries.filter((e) => e.onPage).map((e) => e.entry),
      stored: entries.filter((e) => !e.onPage).map((e) => e.entry),
      currentStage,
      // A newest reading is the latest thing known; an older one may be from any time.
      now: new Date(START + (newest ? LAST_DAY + 1 : nowDay) * DAY),
      newest,
    };
  });

/** In time order, one entry per stay: no two entries in a row of one stage. */
function sortedStays(history: readonly StageEntry[]): boolean {
  return history.every((entry, i) => {
    const before = history[i - 1];
    return !before || (time(before) <= time(entry) && before.stage !== entry.stage);
  });
}

/** The stage the history says the deal was in at `at`: that of the last entry at or before it. */
function stageAt(history: readonly StageEntry[], at: number): string | undefined {
  return history.filter((entry) => time(entry) <= at).at(-1)?.stage;
}

/**
 * The first "X (exact), sightings of other stages, X (sighting)" in `history` where every sighting
 * given of each stage between could have begun before X's entry and no exact entry given dates
 * that stage between the two X, if any.
 */
function splitStay(history: readonly StageEntry[], given: readonly StageEntry[]): StageEntry[] | undefined {
  const couldBeginBefore = (stage: string, from: number, to: number) =>
    given
      .filter((entry) => entry.stage === stage)
      .every((entry) =>
        isRange(entry)
          ? entry.firstSeen === true || Date.parse(entry.after as string) < from
          : time(entry) < from || time(entry) > to,
      );
  for (const [i, entry] of history.entries()) {
    if (isRange(entry)) continue;
    const rest = history.slice(i + 1);
    const end = rest.findIndex((later) => !isRange(later) || later.stage === entry.stage);
    const closing = rest[end];
    const between = rest.slice(0, end);
    if (!closing || between.length === 0 || closing.stage !== entry.stage || !isRange(closing)) continue;
    const readAfter = (s: StageEntry, j: number) => {
      const next = rest[j + 1];
      const after = next?.after ? Date.parse(next.after) : 0;
      const seen = given.some(
        (g) => g.stage === s.stage && g.seenUntil !== undefined && Date.parse(g.seenUntil) > time(entry),
      );
      return seen || (after > time(s) && after > time(entry));
    };
    if (between.some(readAfter)) continue;
    if (between.every((s) => couldBeginBefore(s.stage, time(entry), time(closing))))
      return [entry, ...between, closing];
  }
  return undefined;
}

const RUNS = { numRuns: 3000 };

describe('stage histories with exact entries inside sightings’ ranges (property)', () => {
  it('mergeStageHistory keeps time order, every exact entry the page gives, and no stay cut around a sighting', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const merged = mergeStageHistory(input);
        expect(sortedStays(merged)).toBe(true);
        for (const entry of input.page.filter((e) => !isRange(e)))
          expect(stageAt(merged, time(entry))).toBe(entry.stage);
        expect(splitStay(merged, [...input.page, ...input.stored])).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('a deal export’s current stage, first seen at the import after the merge (to-deal.ts), cuts no stay either', () => {
    fc.assert(
      fc.property(scenario, ({ currentStage, ...input }) => {
        const now = new Date(START + (LAST_DAY + 1) * DAY);
        const merged = mergeStageHistory({ ...input, currentStage, now, newest: false });
        const withCurrent = mergeStageHistory({ stored: merged, page: [], currentStage, now, newest: true });
        expect(sortedStays(withCurrent)).toBe(true);
        expect(splitStay(withCurrent, [...input.page, ...input.stored])).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('unitedStageHistory keeps time order, every exact entry of either copy, and no stay cut around a sighting', () => {
    fc.assert(
      fc.property(scenario, ({ page, stored, currentStage }) => {
        // Two stored copies: each as a reading of its own, after everything it shows, would have left it.
        const now = new Date(START + (LAST_DAY + 1) * DAY);
        const a = mergeStageHistory({ stored: [], page, currentStage, now, newest: true });
        const b = mergeStageHistory({ stored, page: [], currentStage: undefined, now, newest: true });
        const united = unitedStageHistory(a, b);
        expect(sortedStays(united)).toBe(true);
        for (const entry of [...a, ...b].filter((e) => !isRange(e)))
          expect(stageAt(united, time(entry))).toBe(entry.stage);
        expect(splitStay(united, [...a, ...b])).toBeUndefined();
      }),
      RUNS,
    );
  });
});
