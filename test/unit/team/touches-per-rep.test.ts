import { describe, expect, it } from 'vitest';
import type { RepRow } from '../../../lib/team/rep-row';
import { touchesPerRep } from '../../../lib/team/touches-per-rep';

const rep = (name: string, total: number) => ({ rep: name, counts: { total } }) as RepRow;

describe('touchesPerRep', () => {
  it('averages the Touches column over the reps with a touch in the period, leaving a rep with none out', () => {
    // (12 + 30 + 3) / 3 reps = 15; the fourth rep touched nobody in the period.
    expect(touchesPerRep([rep('a', 12), rep('b', 30), rep('c', 3), rep('d', 0)])).toEqual({ value: 15, reps: 3 });
  });

  it('is null when no rep touched anyone', () => {
    expect(touchesPerRep([rep('a', 0)])).toBeNull();
    expect(touchesPerRep([])).toBeNull();
  });
});
