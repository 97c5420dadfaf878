import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecompositionSide, decomposeTouches } from '../../../lib/metrics/decomposition';

const CHANNELS = ['call', 'email', 'meeting', 'social', 'sms'] as const;

/**
 * The oracle, straight from decisions.md: touches = active contacts × touches per active contact,
 * per channel. Change one factor, then the other, in both orders, and average what each step
 * added; a period with no active contact borrows the other period's per-contact figures.
 */
function oracle(before: DecompositionSide, after: DecompositionSide) {
  const per = (side: DecompositionSide, other: DecompositionSide, c: string) => {
    const source = side.activeContacts > 0 ? side : other;
    const n = (source.byChannel as Record<string, number | undefined>)[c] ?? 0;
    return source.activeContacts > 0 ? n / source.activeContacts : 0;
  };
  const touches = (contacts: number, perContact: (c: string) => number) =>
    CHANNELS.reduce((sum, c) => sum + contacts * perContact(c), 0);
  const p0 = (c: string) => per(before, after, c);
  const p1 = (c: string) => per(after, before, c);
  const a0 = before.activeContacts;
  const a1 = after.activeContacts;
  const coverageFirst = touches(a1, p0) - touches(a0, p0);
  const coverageLast = touches(a1, p1) - touches(a0, p1);
  const channel = (c: string) => (a1 * (p1(c) - p0(c)) + a0 * (p1(c) - p0(c))) / 2;
  return { coverage: (coverageFirst + coverageLast) / 2, channel };
}

const side = fc.integer({ min: 0, max: 300 }).chain((activeContacts) =>
  fc.tuple(...CHANNELS.map(() => fc.integer({ min: 0, max: activeContacts === 0 ? 0 : activeContacts * 12 }))).map(
    (counts): DecompositionSide => ({
      activeContacts,
      byChannel: Object.fromEntries(CHANNELS.map((c, i) => [c, counts[i]])),
    }),
  ),
);

describe('decomposeTouches: coverage, capacity and channel mix', () => {
  it('works the example through: 100 contacts at 3 emails + 2 calls, then 80 at 2.5 + 2', () => {
    const result = decomposeTouches(
      { activeContacts: 100, byChannel: { email: 300, call: 200 } },
      { activeContacts: 80, byChannel: { email: 200, call: 160 } },
    );
    expect(result.before).toBe(500);
    expect(result.after).toBe(360);
    expect(result.relative).toBeCloseTo(-0.28);
    // Coverage: 20 fewer contacts × the average of 5 and 4.5 touches each.
    expect(result.coverage).toBeCloseTo(-95);
    // Email: half a touch fewer per contact × the average of 100 and 80 contacts; calls unchanged.
    expect(result.capacity.email).toBeCloseTo(-45);
    expect(result.capacity.call).toBeCloseTo(0);
  });

  it('matches the averaged two-order oracle and adds up to the change exactly', () => {
    fc.assert(
      fc.property(side, side, (before, after) => {
        const result = decomposeTouches(before, after);
        const expected = oracle(before, after);
        expect(result.coverage).toBeCloseTo(expected.coverage, 6);
        for (const c of CHANNELS) expect(result.capacity[c] ?? 0).toBeCloseTo(expected.channel(c), 6);
        expect(result.coverage + result.capacityTotal).toBeCloseTo(result.after - result.before, 6);
      }),
    );
  });

  it('puts a loss of every contact on coverage alone', () => {
    const result = decomposeTouches(
      { activeContacts: 10, byChannel: { email: 40 } },
      { activeContacts: 0, byChannel: {} },
    );
    expect(result.coverage).toBe(-40);
    expect(result.capacityTotal).toBe(0);
    expect(result.relative).toBe(-1);
  });

  it('has no relative change without touches before', () => {
    const result = decomposeTouches(
      { activeContacts: 0, byChannel: {} },
      { activeContacts: 5, byChannel: { call: 10 } },
    );
    expect(result.relative).toBeNull();
    expect(result.coverage).toBe(10);
  });
});
