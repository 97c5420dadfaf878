import { describe, expect, it } from 'vitest';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Activity } from '../../../lib/schema/activity';
import { call, email, LA, NOW } from './builders';

const merged = (activities: Activity[]) => collectTouches(activities, { now: NOW, timeZone: LA }).touches;

/** Every order the copies can arrive in. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

// metrics.md "Duplicate": each touch joins the group of the earliest touch it duplicates.
describe('double captures chained within 2 minutes of each other', () => {
  it('one email captured at 05:00, 05:01:30 and 05:03 under three ids is one email, in any order', () => {
    const first = email('2026-11-20T13:00:00.000Z', 'Pricing follow-up', { sourceId: '701' });
    const second = email('2026-11-20T13:01:30.000Z', 'Pricing follow-up', { sourceId: '702' });
    const third = email('2026-11-20T13:03:00.000Z', 'Pricing follow-up', { sourceId: '703' });
    for (const arrival of orders([first, second, third])) {
      expect(
        merged(arrival).map((t) => t.copies),
        arrival.map((a) => a.sourceId).join(' '),
      ).toEqual([[first.key, second.key, third.key]]);
    }
  });

  it('keeps copies with ids 3 minutes apart two touches when only a copy without an id links them', () => {
    // Rule 2: different ids are one touch only as a double capture of each other; a copy without
    // an id, within 2 minutes of both, may be a copy of either.
    const first = email('2026-11-20T13:00:00.000Z', 'Pricing follow-up', { sourceId: '701' });
    const withoutId = email('2026-11-20T13:01:30.000Z', 'Pricing follow-up');
    const later = email('2026-11-20T13:03:00.000Z', 'Pricing follow-up', { sourceId: '703' });
    for (const arrival of orders([first, withoutId, later])) {
      expect(
        merged(arrival).map((t) => t.activity.sourceId),
        arrival.map((a) => a.sourceId ?? 'none').join(' '),
      ).toEqual(['701', '703']);
    }
  });

  it("keeps two reps' look-alike calls two when a capture naming no owner is within 2 minutes of both", () => {
    // One touch has one owner: the capture naming nobody may be either rep's call, not both.
    const { owner: _none, ...unnamed } = call('2026-11-18T17:59:00.000Z', 'voicemail', { sourceId: '503' });
    const dana = call('2026-11-18T18:00:00.000Z', 'voicemail', { sourceId: '501', owner: 'Dana Reyes' });
    const sam = call('2026-11-18T18:01:00.000Z', 'voicemail', { sourceId: '502', owner: 'Sam Ortiz' });
    for (const arrival of orders([unnamed, dana, sam])) {
      expect(merged(arrival), arrival.map((a) => a.sourceId).join(' ')).toHaveLength(2);
    }
  });
});
