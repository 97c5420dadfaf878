import type { RepRow } from './rep-row';

export interface TouchesPerRep {
  value: number;
  /** Reps with a touch in the period: the denominator. */
  reps: number;
}

/**
 * metrics.md's activity per rep as the team row shows it: the reps' Touches column (active
 * contacts' touches) over the reps with a touch in the period, so it is the average of what the
 * column shows for them. From the rows, not from the touches as lib/metrics/rep-activity.ts does:
 * that one counts every headline touch, which the column no longer does. Null when no rep
 * touched anyone in the period.
 */
export function touchesPerRep(reps: readonly RepRow[]): TouchesPerRep | null {
  const touching = reps.filter((r) => r.counts.total > 0);
  if (touching.length === 0) return null;
  return { value: touching.reduce((sum, r) => sum + r.counts.total, 0) / touching.length, reps: touching.length };
}
