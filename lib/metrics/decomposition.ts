import type { Channel } from '../schema/activity';

/** A channel of the decomposition: the five touch channels, and completed tasks counted as touches. */
export type DecompositionChannel = Channel | 'task';

/** One period's side of touches = active contacts × touches per active contact (decisions.md). */
export interface DecompositionSide {
  activeContacts: number;
  /** Touches on active contacts per channel; their sum is the touches counted. */
  byChannel: Partial<Record<DecompositionChannel, number>>;
}

export interface Decomposition {
  before: number;
  after: number;
  change: number;
  /** The change as a share of `before` (−0.22 for a 22 % fall); null without touches before. */
  relative: number | null;
  /** Touches gained or lost because more or fewer contacts were touched. */
  coverage: number;
  /** Touches gained or lost because each contact got more or fewer touches, per channel (the mix). */
  capacity: Partial<Record<DecompositionChannel, number>>;
  /** The sum of `capacity`. */
  capacityTotal: number;
}

/**
 * Splits the change in touches between two periods into coverage (active contacts) and capacity
 * (touches per active contact), the capacity part per channel, so that coverage + Σ capacity is
 * the change exactly. Each touch count is A × Σ p_c with A the active contacts and p_c a
 * channel's touches per active contact; the split is the average of the two orders of changing
 * A and p (a Shapley split): coverage = ΔA × (P₀ + P₁) / 2, channel c = Δp_c × (A₀ + A₁) / 2.
 * Neither factor is favoured, so swapping the periods negates every part. A period with no active
 * contact has no per-contact figure: its p is taken as the other period's, so a team that stopped
 * touching anyone lost its touches to coverage alone.
 */
export function decomposeTouches(before: DecompositionSide, after: DecompositionSide): Decomposition {
  const channels = [...new Set([...keysOf(before.byChannel), ...keysOf(after.byChannel)])];
  const a0 = before.activeContacts;
  const a1 = after.activeContacts;
  const perContact = (side: DecompositionSide, other: DecompositionSide, c: DecompositionChannel) => {
    const own = side.activeContacts === 0 ? other : side;
    return own.activeContacts === 0 ? 0 : (own.byChannel[c] ?? 0) / own.activeContacts;
  };
  let p0 = 0;
  let p1 = 0;
  const capacity: Partial<Record<DecompositionChannel, number>> = {};
  for (const c of channels) {
    const c0 = perContact(before, after, c);
    const c1 = perContact(after, before, c);
    p0 += c0;
    p1 += c1;
    capacity[c] = ((c1 - c0) * (a0 + a1)) / 2;
  }
  const total0 = sum(before.byChannel);
  const total1 = sum(after.byChannel);
  const capacityTotal = sum(capacity);
  return {
    before: total0,
    after: total1,
    change: total1 - total0,
    relative: total0 === 0 ? null : (total1 - total0) / total0,
    coverage: ((a1 - a0) * (p0 + p1)) / 2,
    capacity,
    capacityTotal,
  };
}

function keysOf(byChannel: DecompositionSide['byChannel']): DecompositionChannel[] {
  return Object.keys(byChannel) as DecompositionChannel[];
}

function sum(values: Partial<Record<string, number>>): number {
  return Object.values(values).reduce<number>((total, n) => total + (n ?? 0), 0);
}
