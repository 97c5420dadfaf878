import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyTrend } from '../../../lib/metrics/weekly-trend';
import { weeklyTotals } from '../../../lib/team/weekly-totals';
import { activities } from '../metrics/arbitraries';
import { LA, NOW, touchesOf } from '../metrics/builders';

describe('weeklyTotals: the per-rep chart', () => {
  it('counts each of the last 12 weeks as the panel trend does', () => {
    fc.assert(
      fc.property(
        activities(60),
        fc.boolean(),
        fc.constantFrom(LA, 'Europe/Berlin', 'UTC'),
        (rows, automated, zone) => {
          const touches = touchesOf(rows, NOW, zone);
          const panel = weeklyTrend(touches, NOW, zone, automated)
            .slice(-12)
            .map((w) => ({ weekStart: w.weekStart, touches: Object.values(w.byChannel).reduce((s, n) => s + n, 0) }));
          expect(weeklyTotals(touches, NOW, zone, automated)).toEqual(panel);
        },
      ),
      { numRuns: 200 },
    );
  });
});
