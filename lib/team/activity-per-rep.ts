import type { RepRow } from './rep-row';

export interface ActivityPerRep {
  value: number;
  /** Reps with a touch in the period: the denominator. */
  reps: number;
}

/**
 * metrics.md's activity per rep: touches in the period over the reps with any touch in it, from
 * the reps' own Touches column (active contacts' touches), so it is the average of what the
 * column shows for them. Null when no rep touched anyone in the period.
 */
export function activityPerRep(reps: readonly RepRow[]): ActivityPerRep | null {
  const touching = reps.filter((r) => r.counts.total > 0);
  if (touching.length === 0) return null;
  return { value: touching.reduce((sum, r) => sum + r.counts.total, 0) / touching.length, reps: touching.length };
}
