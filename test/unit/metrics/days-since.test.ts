import { describe, expect, it } from 'vitest';
import { daysSinceLastTouch } from '../../../lib/metrics/days-since';
import { at, email, LA, NOW, reply, touchesOf } from './builders';

describe('daysSinceLastTouch', () => {
  it.each([
    ['earlier today', at('2026-11-20 06:15'), 0],
    ['late last night in Los Angeles (this morning in UTC)', at('2026-11-19 22:00'), 1],
    ['last Friday', at('2026-11-13 16:00'), 7],
    ['before the daylight-saving change', at('2026-10-31 23:30'), 20],
  ])('counts a touch %s as %i whole days', (_, when, expected) => {
    expect(daysSinceLastTouch(touchesOf([email(when)]), NOW, LA)).toBe(expected);
  });

  it('counts an inbound reply as the last touch', () => {
    expect(daysSinceLastTouch(touchesOf([email(at('2026-11-10 09:00')), reply(at('2026-11-18 09:00'))]), NOW, LA)).toBe(
      2,
    );
  });

  it('counts days in the user’s zone, not UTC', () => {
    const touches = touchesOf([email(at('2026-11-19 22:00'))]);
    expect(daysSinceLastTouch(touches, NOW, 'UTC')).toBe(0);
  });

  it('is null without touches', () => {
    expect(daysSinceLastTouch([], NOW, LA)).toBeNull();
  });
});
