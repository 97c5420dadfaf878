import { describe, expect, it } from 'vitest';
import { isOutbound, isReply, isTouch } from '../../../lib/metrics/touch';
import {
  activity,
  at,
  call,
  email,
  LA,
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
    ['a meeting moved to another time', meeting(yesterday, 'rescheduled'), false],
    ['a meeting booked for tomorrow', meeting(tomorrow, null, { planned: true }), false],
    ['a past meeting still shown as planned (never marked done)', meeting(yesterday, null, { planned: true }), false],
    ['a past meeting with no outcome shown', meeting(yesterday, null), true],
    [
      'a meeting shown as "Today" without a time',
      meeting(at('2026-11-20 00:00'), null, { timePrecision: 'day' }),
      false,
    ],
    ['a meeting of yesterday without a time', meeting(at('2026-11-19 00:00'), null, { timePrecision: 'day' }), true],
    [
      'a meeting shown as "Today", marked held',
      meeting(at('2026-11-20 00:00'), 'held', { timePrecision: 'day' }),
      true,
    ],
    ['a planned email (never a touch while planned)', email(yesterday, 'x', { planned: true }), false],
    ['a planned call task', call(yesterday, null, { planned: true }), false],
    ['an email dated after now', email(tomorrow), false],
    [
      'a call the CRM shows done though dated after now (a closed task dated by its due day)',
      call(tomorrow, 'connected', { planned: false }),
      true,
    ],
    [
      'a cancelled meeting the CRM shows done, dated after now',
      meeting(tomorrow, 'cancelled', { planned: false }),
      false,
    ],
    ['a Touchline copy already merged into a page activity', email(yesterday, 'x', { mergedInto: 'k' }), false],
    ['a touch the page gave no date for', undated('last spring'), true],
  ])('%s → %s', (_, a, expected) => {
    expect(isTouch(a, { now: NOW, timeZone: LA })).toBe(expected);
  });

  it('counts a touch at exactly now', () => {
    expect(isTouch(email(NOW.toISOString()), { now: NOW, timeZone: LA })).toBe(true);
  });

  it('counts a completed task only when the user counts completed tasks, and never a planned one', () => {
    const done = task(yesterday);
    expect(isTouch(done, { now: NOW, timeZone: LA })).toBe(false);
    expect(isTouch(done, { now: NOW, timeZone: LA, countCompletedTasks: true })).toBe(true);
    expect(isTouch(task(yesterday, { planned: true }), { now: NOW, timeZone: LA, countCompletedTasks: true })).toBe(
      false,
    );
  });

  it('holds a date-only meeting once its day is over in the user’s zone', () => {
    const today = meeting(at('2026-11-20 00:00'), null, { timePrecision: 'day' });
    expect(isTouch(today, { now: new Date(at('2026-11-20 23:59')), timeZone: LA })).toBe(false);
    expect(isTouch(today, { now: new Date(at('2026-11-21 00:01')), timeZone: LA })).toBe(true);
  });
});

describe('isReply', () => {
  it('never takes an automated inbound email (out-of-office) for a reply', () => {
    const [outOfOffice] = touchesOf([reply(yesterday, 'Out of office', { automated: true })]);
    expect(outOfOffice && isReply(outOfOffice)).toBe(false);
  });
});

describe('direction', () => {
  it('presumes a touch with unknown direction is the rep’s, never a reply', () => {
    const [logged] = touchesOf([activity({ type: 'call', direction: 'unknown', timestamp: yesterday, title: 'Call' })]);
    expect(logged && isOutbound(logged)).toBe(true);
    expect(logged && isReply(logged)).toBe(false);
  });
});
