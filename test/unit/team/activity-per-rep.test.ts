import { describe, expect, it } from 'vitest';
import { activityPerRep } from '../../../lib/team/activity-per-rep';
import type { RepRow } from '../../../lib/team/rep-row';

const rep = (name: string, total: number) => ({ rep: name, counts: { total } }) as RepRow;

describe('activityPerRep', () => {
  it('averages the Touches column over the reps with a touch in the period, leaving a rep with none out', () => {
    // (12 + 30 + 3) / 3 reps = 15; the fourth rep touched nobody in the period.
    expect(activityPerRep([rep('a', 12), rep('b', 30), rep('c', 3), rep('d', 0)])).toEqual({ value: 15, reps: 3 });
  });

  it('is null when no rep touched anyone', () => {
    expect(activityPerRep([rep('a', 0)])).toBeNull();
    expect(activityPerRep([])).toBeNull();
  });
});
