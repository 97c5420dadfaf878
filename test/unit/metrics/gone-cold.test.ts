import { describe, expect, it } from 'vitest';
import { goneCold } from '../../../lib/metrics/gone-cold';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, email, meeting, NOW, reply, settings, social, touchesOf } from './builders';

function coldness(activities: Activity[], overrides = {}) {
  return goneCold(touchesOf(activities), settings(overrides), NOW);
}

const cadenceEndingOn = (lastDay: string) => [
  email(at('2026-10-26 09:00')),
  call(at('2026-10-28 10:00'), 'no-answer'),
  social(at(`${lastDay} 11:00`)),
];

describe('goneCold', () => {
  it('flags no touch either way for longer than the follow-up limit', () => {
    expect(coldness(cadenceEndingOn('2026-11-05'))).toEqual({
      cold: true,
      reason: 'No touch either way for 15 days (follow-up limit 14).',
    });
  });

  it('does not flag exactly the follow-up limit', () => {
    expect(coldness(cadenceEndingOn('2026-11-06')).cold).toBe(false);
  });

  it.each([
    ['a reply', reply(at('2026-10-29 15:00'))],
    ['a held meeting', meeting(at('2026-10-30 10:00'), 'held')],
  ])('flags a contact quiet for 18 days even with %s before the silence', (_, outcome) => {
    expect(coldness([...cadenceEndingOn('2026-11-02'), outcome]).cold).toBe(true);
  });

  it('does not flag a contact whose last touch, an inbound reply, is recent', () => {
    expect(coldness([...cadenceEndingOn('2026-11-02'), reply(at('2026-11-16 15:00'))]).cold).toBe(false);
  });

  it.each([
    ['Friday the week before (5 business days)', '2026-11-13', true],
    ['Monday (4 business days: past spacing 2 + grace 1)', '2026-11-16', true],
    ['Tuesday (3 business days: within the grace)', '2026-11-17', false],
    ['Wednesday (2 business days: the spacing to step 2)', '2026-11-18', false],
  ])('judges a lone email sent %s with nothing after it: %s', (_, day, expected) => {
    const result = coldness([email(at(`${day} 09:00`), 'Route pricing v2')]);
    expect(result.cold).toBe(expected);
    if (expected) expect(result.reason).toMatch(/^A single email and nothing since: step 2 was due 2 business days/);
  });

  it('says a cadence began anew, not "a single call", when earlier touches came before a long silence', () => {
    // Calls 17 and 20 Oct, then 22 days of silence (over the 14-day limit): the 11 Nov call starts a new cadence.
    const result = coldness([
      call(at('2026-10-17 09:00'), 'no-answer'),
      call(at('2026-10-20 09:00'), 'no-answer'),
      call(at('2026-11-11 09:00'), 'no-answer'),
    ]);
    expect(result.cold).toBe(true);
    expect(result.reason).toMatch(/^A new cadence began with one call and nothing since: step 2 was due/);
  });

  it('flags an inbound-motion lone call only after 2 business days (spacing 0 + grace 1)', () => {
    const call1 = (day: string) => coldness([call(at(`${day} 09:00`), 'no-answer')], { motion: 'inbound' }).cold;
    expect(call1('2026-11-19')).toBe(false);
    expect(call1('2026-11-18')).toBe(true);
  });

  it('does not flag a lone email that got a reply', () => {
    expect(coldness([email(at('2026-11-16 09:00')), reply(at('2026-11-16 15:00'))]).cold).toBe(false);
  });

  it('does not flag a lone email answered the same day by a reply the page dated only', () => {
    // The reply ("Nov 16", no time) is stored at the start of that day, before the 09:00 email, yet answers it.
    const dateOnlyReply = reply(at('2026-11-16 00:00'), 'Re: Route pricing v2', { timePrecision: 'day' });
    expect(coldness([email(at('2026-11-16 09:00')), dateOnlyReply])).toEqual({ cold: false });
  });

  it('flags a lone email whose only answer was an out-of-office reply, as its step-2 gap says', () => {
    const outOfOffice = reply(at('2026-11-09 09:05'), 'Automatic reply: Route pricing v2', { automated: true });
    expect(coldness([email(at('2026-11-09 09:00')), outOfOffice])).toMatchObject({ cold: true });
  });

  it('flags a lone email after a weekend only by business days', () => {
    const thursdayEmail = email(at('2026-11-12 09:00'));
    const mondayNoon = new Date(at('2026-11-16 12:00'));
    const touches = touchesOf([thursdayEmail], mondayNoon);
    expect(goneCold(touches, settings(), mondayNoon).cold).toBe(false);
    expect(goneCold(touches, settings({ businessDays: false }), mondayNoon).cold).toBe(true);
  });

  it('does not call a contact that was never touched cold', () => {
    expect(coldness([])).toEqual({ cold: false });
  });
});
