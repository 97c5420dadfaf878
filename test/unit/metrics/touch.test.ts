import { describe, expect, it } from 'vitest';
import { isOutbound, isReply, isTouch } from '../../../lib/metrics/touch';
import {
  activity,
  at,
  call,
  email,
  meeting,
  NOW,
  note,
  reply,
  sms,
  social,
  system,
  task,
  touchesOf,
  undated,
} from './builders';

const yesterday = at('2026-11-19 10:00');
const tomorrow = at('2026-11-21 10:00');

describe('isTouch', () => {
  it.each([
    ['an outbound email', email(yesterday), true],
    ['an inbound reply', reply(yesterday), true],
    ['a call with no answer', call(yesterday, 'no-answer'), true],
    ['a call whose outcome the page does not show', call(yesterday, null), true],
    ['a held meeting', meeting(yesterday), true],
    ['a LinkedIn message', social(yesterday), true],
    ['an SMS', sms(yesterday), true],
    ['an internal note', note(yesterday), false],
    ['a task', task(yesterday), false],
    ['a property change', system(yesterday), false],
    ['a cancelled meeting', meeting(yesterday, 'cancelled'), false],
    ['a no-show meeting', meeting(yesterday, 'no-show'), false],
    ['a meeting booked for tomorrow', meeting(tomorrow, null, { planned: true }), false],
    ['a planned meeting whose time has passed', meeting(yesterday, null, { planned: true }), true],
    ['a planned call task', call(yesterday, null, { planned: true }), false],
    ['an email dated after now', email(tomorrow), false],
    ['a Touchline copy already merged into a page activity', email(yesterday, 'x', { mergedInto: 'k' }), false],
    ['a touch the page gave no date for', undated('last spring'), true],
  ])('%s → %s', (_, a, expected) => {
    expect(isTouch(a, NOW)).toBe(expected);
  });

  it('counts a touch at exactly now', () => {
    expect(isTouch(email(NOW.toISOString()), NOW)).toBe(true);
  });
});

describe('direction', () => {
  it('presumes a touch with unknown direction is the rep’s, never a reply', () => {
    const [logged] = touchesOf([activity({ type: 'call', direction: 'unknown', timestamp: yesterday, title: 'Call' })]);
    expect(logged && isOutbound(logged)).toBe(true);
    expect(logged && isReply(logged)).toBe(false);
  });
});
