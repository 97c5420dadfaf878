import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Touch } from '../../../lib/metrics/touch';
import { weeklyTrend } from '../../../lib/metrics/weekly-trend';
import { weeklyTotals } from '../../../lib/team/weekly-totals';
import { activities } from '../metrics/arbitraries';
import { contactKey, email, LA, NOW, reply, touchesOf } from '../metrics/builders';

/** The touch's calendar day in `zone`, as YYYY-MM-DD. */
function localDay(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
}

/**
 * A simple oracle: the panel trend's 12 week starts; each week's touches by their day in the
 * zone; its active contacts those with an outbound touch or a meeting that week; its bar the
 * touches naming one of them.
 */
function oracle(touches: readonly Touch[], zone: string, automated: boolean): { weekStart: string; touches: number }[] {
  const starts = weeklyTrend([], NOW, zone, automated)
    .slice(-12)
    .map((w) => w.weekStart);
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const week = touches.filter((t) => {
      const day = localDay(t.at, zone);
      return t.at <= NOW && day >= start && (next === undefined || day < next) && (automated || !t.activity.automated);
    });
    const active = new Set(
      week.filter((t) => t.activity.direction !== 'inbound' || t.channel === 'meeting').flatMap((t) => t.contactKeys),
    );
    return {
      weekStart: start,
      touches: week.filter((t) => t.contactKeys.some((k) => active.has(k))).length,
    };
  });
}

describe('weeklyTotals: the per-rep chart', () => {
  it("counts each of the last 12 weeks' channel touches on that week's active contacts", () => {
    fc.assert(
      fc.property(
        activities(60),
        fc.boolean(),
        fc.constantFrom(LA, 'Europe/Berlin', 'UTC'),
        (rows, automated, zone) => {
          const touches = touchesOf(rows, NOW, zone);
          expect(weeklyTotals(touches, NOW, zone, automated)).toEqual(oracle(touches, zone, automated));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves out replies from contacts nobody wrote to that week', () => {
    const touches = touchesOf([
      email('2026-11-10T09:00:00Z', 'Pilot', { contactKeys: [contactKey('written-to')] }),
      reply('2026-11-11T09:00:00Z', 'Re: Pilot', { contactKeys: [contactKey('written-to')] }),
      reply('2026-11-12T09:00:00Z', 'A question', { contactKeys: [contactKey('wrote-in')] }),
    ]);
    const week = weeklyTotals(touches, NOW, 'UTC', true).find((w) => w.weekStart === '2026-11-09');
    expect(week?.touches).toBe(2);
  });
});
