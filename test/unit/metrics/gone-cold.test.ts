import { describe, expect, it } from 'vitest';
import { goneCold } from '../../../lib/metrics/gone-cold';
import { resolvePeriod, touchesIn } from '../../../lib/metrics/period';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, email, LA, meeting, NOW, reply, settings, social, touchesOf } from './builders';

function coldness(activities: Activity[], overrides = {}) {
  const touches = touchesOf(activities);
  const period = resolvePeriod({ kind: 'last-days', days: 30 }, NOW, LA);
  return goneCold(touches, touchesIn(touches, period), settings(overrides), NOW);
}

const cadenceEndingOn = (lastDay: string) => [
  email(at('2026-10-26 09:00')),
  call(at('2026-10-28 10:00'), 'no-answer'),
  social(at(`${lastDay} 11:00`)),
];

describe('goneCold', () => {
  it('flags no touch for longer than the follow-up limit with no reply or meeting', () => {
    expect(coldness(cadenceEndingOn('2026-11-05'))).toEqual({
      cold: true,
      reason: 'No touch for 15 days (follow-up limit 14) and no reply or held meeting in the period.',
    });
  });

  it('does not flag exactly the follow-up limit', () => {
    expect(coldness(cadenceEndingOn('2026-11-06')).cold).toBe(false);
  });

  it.each([
    ['a reply', reply(at('2026-10-29 15:00'))],
    ['a held meeting', meeting(at('2026-10-30 10:00'), 'held')],
  ])('does not flag a quiet contact with %s in the period', (_, outcome) => {
    expect(coldness([...cadenceEndingOn('2026-11-02'), outcome]).cold).toBe(false);
  });

  it.each([
    ['Monday (4 business days)', '2026-11-16', true],
    ['Tuesday (3 business days)', '2026-11-17', true],
    ['Wednesday (2 business days: the spacing to step 2)', '2026-11-18', false],
  ])('flags a lone email sent %s with nothing after it: %s', (_, day, expected) => {
    const result = coldness([email(at(`${day} 09:00`), 'Route pricing v2')]);
    expect(result.cold).toBe(expected);
    if (expected) expect(result.reason).toMatch(/^A single email \d business days ago and nothing since/);
  });

  it('does not flag a lone email that got a reply', () => {
    expect(coldness([email(at('2026-11-16 09:00')), reply(at('2026-11-16 15:00'))]).cold).toBe(false);
  });

  it('flags a lone email after a weekend only by business days', () => {
    const fridayEmail = email(at('2026-11-13 09:00'));
    const mondayNoon = new Date(at('2026-11-16 12:00'));
    const touches = touchesOf([fridayEmail], mondayNoon);
    expect(goneCold(touches, touches, settings(), mondayNoon).cold).toBe(false);
    expect(goneCold(touches, touches, settings({ businessDays: false }), mondayNoon).cold).toBe(true);
  });

  it('does not call a contact that was never touched cold', () => {
    expect(coldness([])).toEqual({ cold: false });
  });
});
