import type { Touch } from '../metrics/touch';
import { countedActiveTouches } from '../metrics/touches-per-contact';

export interface TouchesPerRep {
  value: number;
  /** Reps with a touch in the period: the denominator. */
  reps: number;
}

/**
 * metrics.md's activity per rep as the team row shows it: the team's Touches (the period's
 * headline touches on its active contacts) over the reps who own one of them. A reply that lands
 * with another rep than the one who wrote counts for the team and makes its owner a rep with a
 * touch, so the figure always divides the Touches beside it. Null when nobody touched anyone.
 */
export function touchesPerRep(periodTouches: readonly Touch[], countAutomated: boolean): TouchesPerRep | null {
  const counted = countedActiveTouches(periodTouches, countAutomated);
  const reps = new Set(counted.map((t) => t.activity.owner)).size;
  return reps === 0 ? null : { value: counted.length / reps, reps };
}
