import { describe, expect, it } from 'vitest';
import { countTouches } from '../../../lib/metrics/touch-counts';
import { at, call, email, LA, meeting, NOW, reply, social, task, touchesOf } from './builders';

const week = [
  email(at('2026-11-16 09:00'), 'Route pricing v2', { automated: true }),
  email(at('2026-11-17 09:00'), 'Following up', { automated: true }),
  reply(at('2026-11-17 13:20')),
  call(at('2026-11-18 10:00'), 'no-answer'),
  meeting(at('2026-11-19 11:00')),
  social(at('2026-11-19 15:00')),
];

describe('countTouches', () => {
  it('counts automated touches in the headline by default, and always reports the split', () => {
    expect(countTouches(touchesOf(week), true)).toEqual({
      total: 6,
      byChannel: { email: 3, call: 1, meeting: 1, social: 1, sms: 0 },
      automated: 2,
      manual: 4,
      inbound: 1,
      automatedCounted: true,
    });
  });

  it('leaves automated touches out of the headline and channels when the setting says so', () => {
    expect(countTouches(touchesOf(week), false)).toEqual({
      total: 4,
      byChannel: { email: 1, call: 1, meeting: 1, social: 1, sms: 0 },
      automated: 2,
      manual: 4,
      inbound: 1,
      automatedCounted: false,
    });
  });

  it('is all zeros with no touches', () => {
    expect(countTouches([], true)).toEqual({
      total: 0,
      byChannel: { email: 0, call: 0, meeting: 0, social: 0, sms: 0 },
      automated: 0,
      manual: 0,
      inbound: 0,
      automatedCounted: true,
    });
  });

  it('counts a completed task counted as a touch in the total and in no channel', () => {
    const counted = touchesOf([task(at('2026-11-18 12:00'))], NOW, LA, { countCompletedTasks: true });
    expect(countTouches(counted, true)).toMatchObject({
      total: 1,
      tasks: 1,
      byChannel: { email: 0, call: 0, meeting: 0, social: 0, sms: 0 },
    });
  });
});
