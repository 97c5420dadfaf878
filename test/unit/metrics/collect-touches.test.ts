import { describe, expect, it } from 'vitest';
import { collectTouches, countActivitiesRead } from '../../../lib/metrics/collect-touches';
import { at, email, LA, logged, NOW, note, system, task, undated } from './builders';

describe('collectTouches', () => {
  it('drops non-touches and returns touches oldest first', () => {
    const later = email(at('2026-11-19 10:00'));
    const earlier = email(at('2026-11-12 10:00'), 'Quick question on your fleet');
    const { touches } = collectTouches([later, note(at('2026-11-13 10:00')), earlier], { now: NOW, timeZone: LA });
    expect(touches.map((t) => t.key)).toEqual([earlier.key, later.key]);
  });

  it('keeps touches without a date out of the timeline and counts them apart', () => {
    const noSource = undated('sometime in spring');
    const secondCopy = undated('spring', { sourceId: '77' });
    const thirdCopy = undated('spring', { sourceId: '77' });
    const result = collectTouches([noSource, secondCopy, thirdCopy, email(at('2026-11-19 10:00'))], {
      now: NOW,
      timeZone: LA,
    });
    expect(result.touches).toHaveLength(1);
    expect(result.undated).toBe(2);
  });
});

describe('countActivitiesRead', () => {
  it('counts every stored activity of any type once, and a merged Touchline copy not again', () => {
    const page = email(at('2026-11-18 16:45'));
    const mergedCopy = logged(at('2026-11-18 08:10'), 'email', { mergedInto: page.key });
    const activities = [
      page,
      mergedCopy,
      note(at('2026-11-10 10:00')),
      task(at('2026-11-11 10:00')),
      system(at('2026-11-12 10:00')),
    ];
    expect(countActivitiesRead([...activities, page])).toBe(4);
  });
});
