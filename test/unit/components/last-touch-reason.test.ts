import { describe, expect, it } from 'vitest';
import { lastTouchReason } from '../../../components/last-touch-reason';
import { jordanLee } from './view-fixtures';

describe('why a record shows no last touch', () => {
  const none = { ...jordanLee(), daysSinceLastTouch: null };

  it('is "no touches yet" only when nothing was read at all', () => {
    expect(lastTouchReason({ ...none, touches: { ...none.touches, undated: 0 } })).toBe('no-touches');
  });

  it('names touches read without a readable date, before anything else', () => {
    const undated = { ...none, touches: { ...none.touches, undated: 2 } };
    expect(lastTouchReason(undated)).toBe('undated-touches');
    expect(lastTouchReason({ ...undated, lastTouchBeforeKept: true })).toBe('undated-touches');
  });

  it('says none is in the days kept when older activity may have been pruned', () => {
    expect(lastTouchReason({ ...none, touches: { ...none.touches, undated: 0 }, lastTouchBeforeKept: true })).toBe(
      'older-not-kept',
    );
  });
});

describe('why a record shows no last touch, when the page showed its timeline in part', () => {
  const none = { ...jordanLee(), daysSinceLastTouch: null, recent: [] };
  const noTouch = { ...none, touches: { ...none.touches, undated: 0 } };

  it('says the timeline was not all read rather than "no touches" or "none in the days kept"', () => {
    expect(lastTouchReason(noTouch, true)).toBe('activities-not-read');
    expect(lastTouchReason({ ...noTouch, lastTouchBeforeKept: true }, true)).toBe('activities-not-read');
  });

  it('still names touches it read without a readable date first', () => {
    expect(lastTouchReason({ ...none, touches: { ...none.touches, undated: 1 } }, true)).toBe('undated-touches');
  });
});
