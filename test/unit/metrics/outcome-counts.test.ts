import { describe, expect, it } from 'vitest';
import { meetingsHeld, unknownOutcomes } from '../../../lib/metrics/outcome-counts';
import { at, call, email, meeting, NOW, touchesOf } from './builders';

describe('meetingsHeld', () => {
  it('counts meetings whose time has passed, not cancelled ones, no-shows, or meetings still shown as planned', () => {
    const touches = touchesOf([
      meeting(at('2026-11-04 10:00'), 'held'),
      meeting(at('2026-11-06 10:00'), 'no-show'),
      meeting(at('2026-11-09 10:00'), 'cancelled'),
      meeting(at('2026-11-12 10:00'), null),
      meeting(at('2026-11-16 10:00'), null, { planned: true }),
      meeting(at('2026-11-24 10:00'), null, { planned: true }),
    ]);
    expect(meetingsHeld(touches)).toBe(2);
  });

  it('never counts a booked meeting as held, not even once its time has passed while it is shown as planned', () => {
    const booked = meeting(at('2026-11-20 10:00'), null, { planned: true });
    expect(meetingsHeld(touchesOf([booked], NOW))).toBe(0);
    expect(meetingsHeld(touchesOf([booked], new Date(at('2026-11-20 11:00'))))).toBe(0);
    const done = { ...booked, planned: false };
    expect(meetingsHeld(touchesOf([done], new Date(at('2026-11-20 11:00'))))).toBe(1);
  });

  it('counts a meeting shown only with a date once that day is over, or when marked held', () => {
    const today = meeting(at('2026-11-20 00:00'), null, { timePrecision: 'day' });
    expect(meetingsHeld(touchesOf([today], NOW))).toBe(0);
    expect(meetingsHeld(touchesOf([today], new Date(at('2026-11-21 08:00'))))).toBe(1);
    expect(meetingsHeld(touchesOf([{ ...today, outcome: 'held' }], NOW))).toBe(1);
  });
});

describe('unknownOutcomes', () => {
  it('counts calls and meetings the page shows no outcome for', () => {
    const touches = touchesOf([
      call(at('2026-11-03 10:00'), null),
      call(at('2026-11-04 10:00'), 'unknown'),
      call(at('2026-11-05 10:00'), 'connected'),
      meeting(at('2026-11-12 10:00'), null),
      email(at('2026-11-13 10:00')),
    ]);
    expect(unknownOutcomes(touches)).toBe(3);
  });

  it('leaves out a call the contact placed: it is no attempt, so its missing outcome hides none', () => {
    const touches = touchesOf([
      call(at('2026-11-10 10:00'), 'connected'),
      call(at('2026-11-13 16:00'), null, { direction: 'inbound', title: 'Jordan called' }),
    ]);
    expect(unknownOutcomes(touches)).toBe(0);
  });
});
