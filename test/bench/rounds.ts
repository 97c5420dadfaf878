import { max, min } from './stats';

/** What a figure's rounds add up to so far: its value and the ratio of each round. */
export interface RatioSoFar {
  value: number;
  perRound: number[];
}

export interface RoundPlan {
  warmUp: number;
  rounds: number;
  /** Rounds added at most when the figure is over its target but its spread reaches below it. */
  extra: number;
  target: number;
  /** One round of every arm; warm-up rounds are measured but not kept. */
  round(index: number, warm: boolean): Promise<void>;
  /** The figure from the rounds kept so far. */
  ratio(): RatioSoFar;
}

/** The target lies inside the range of the per-round ratios: a few more rounds may settle which side it is on. */
export function crossesTarget(perRound: readonly number[], target: number): boolean {
  return perRound.length > 0 && min(perRound) <= target && max(perRound) > target;
}

/**
 * Runs the warm-up and the planned rounds, then, while the figure is over its target and its
 * spread crosses it (some rounds were within the target), up to `extra` rounds more: on a shared
 * machine one slow round must not be what calls a figure OVER. Returns the extra rounds run.
 */
export async function runRounds(plan: RoundPlan): Promise<number> {
  let index = 0;
  for (; index < plan.warmUp + plan.rounds; index++) await plan.round(index, index < plan.warmUp);
  let extra = 0;
  while (extra < plan.extra) {
    const { value, perRound } = plan.ratio();
    if (value <= plan.target || !crossesTarget(perRound, plan.target)) break;
    await plan.round(index++, false);
    extra++;
  }
  return extra;
}

/** ", 2 extra rounds (spread crossed the target)" when any were run. */
export function extraNote(extra: number): string {
  return extra > 0 ? `, ${extra} extra round${extra === 1 ? '' : 's'} (spread crossed the target)` : '';
}
