import { describe, expect, it } from 'vitest';
import { feedLoadedBack } from '../../../lib/adapters/feed-loaded-back';
import { at, call, email, LA, note, task, undated } from './builders';

/**
 * What "Load more" leaves unloaded is older than every item the page's feed showed: a page reading
 * says how far back its feed was loaded (NotRead.olderThan), from its own items only.
 */
describe('how far back the feed was loaded', () => {
  it('is when its oldest dated item happened, touch or not', () => {
    expect(feedLoadedBack([call(at('2026-11-10 10:15')), note(at('2026-11-02 16:40'))], LA)).toBe(
      at('2026-11-02 16:40'),
    );
  });

  it('is at the end of its day when the page printed only the day: it may have been late that day', () => {
    const dayOnly = email(at('2026-08-22 00:00'), 'Intro: route pricing', { timePrecision: 'day' });
    expect(feedLoadedBack([dayOnly, call(at('2026-11-10 10:15'))], LA)).toBe(
      new Date(Date.parse(at('2026-08-23 00:00')) - 1).toISOString(),
    );
  });

  it('leaves out planned items: an overdue task sits with the upcoming ones above the feed', () => {
    const overdue = task(at('2026-06-22 09:00'), { planned: true });
    expect(feedLoadedBack([overdue, call(at('2026-11-10 10:15'))], LA)).toBe(at('2026-11-10 10:15'));
  });

  it('is not known when the feed showed no dated item', () => {
    expect(feedLoadedBack([undated('at the trade show')], LA)).toBeUndefined();
  });
});
