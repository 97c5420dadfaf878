import { describe, expect, it } from 'vitest';
import { cadenceGaps, gapsInPeriod } from '../../../lib/metrics/cadence-gaps';
import { resolvePeriod } from '../../../lib/metrics/period';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, email, LA, NOW, reply, settings, social, touchesOf } from './builders';

const gapsOf = (activities: Activity[], overrides = {}, now = NOW) =>
  cadenceGaps(touchesOf(activities, now), settings(overrides), now).map((g) => ({
    from: g.from.toISOString(),
    days: g.days,
    rule: g.rule,
  }));

describe('cadence gaps (mid-market: 0 email, 2 call, 4 email, 7 call, 10 social, 14 email)', () => {
  it('finds none in a cadence on schedule, including the open interval to now', () => {
    const onTrack = [
      email(at('2026-11-09 09:00'), 'Route pricing v2'),
      call(at('2026-11-11 10:00'), 'voicemail'),
      email(at('2026-11-13 09:00'), 'Quick question on your fleet'),
      call(at('2026-11-18 10:00'), 'no-answer'),
    ];
    expect(gapsOf(onTrack)).toEqual([]);
  });

  it('finds a gap when step 2 comes 8 business days after step 1 instead of 2', () => {
    const late = [
      email(at('2026-11-02 09:00')),
      call(at('2026-11-12 10:00'), 'no-answer'),
      email(at('2026-11-16 09:00')),
    ];
    expect(gapsOf(late)).toEqual([{ from: at('2026-11-02 09:00'), days: 10, rule: 'step' }]);
  });

  it.each([
    ['Thu → Mon (2 business days, the weekend does not count)', '2026-11-16 10:00', 0],
    ['Thu → Tue (3: within the 1-day grace)', '2026-11-17 10:00', 0],
    ['Thu → Wed (4: past spacing + grace)', '2026-11-18 10:00', 1],
  ])('judges step 1 → step 2 %s', (_, secondStep, expected) => {
    const touches = [email(at('2026-11-12 09:00')), call(at(secondStep), 'no-answer')];
    expect(gapsOf(touches, {}, new Date(at(secondStep)))).toHaveLength(expected);
  });

  it('counts the weekend when business days are turned off', () => {
    const touches = [email(at('2026-11-12 09:00')), call(at('2026-11-16 10:00'), 'no-answer')];
    const mondayNoon = new Date(at('2026-11-16 12:00'));
    expect(gapsOf(touches, { businessDays: false }, mondayNoon)).toEqual([
      { from: at('2026-11-12 09:00'), days: 4, rule: 'step' },
    ]);
    expect(gapsOf(touches, { businessDays: true }, mondayNoon)).toEqual([]);
  });

  it('counts days in the user’s zone: a Thursday-evening email in Los Angeles is Friday in UTC', () => {
    const touches = [email(at('2026-11-12 17:30')), call(at('2026-11-18 09:00'), 'no-answer')];
    const wednesday = new Date(at('2026-11-18 12:00'));
    expect(gapsOf(touches, {}, wednesday)).toHaveLength(1);
    expect(gapsOf(touches, { timeZone: 'UTC' }, wednesday)).toHaveLength(0);
  });

  it('counts the open interval from the last outbound touch to now', () => {
    const stalled = [email(at('2026-11-09 09:00')), call(at('2026-11-11 10:00'), 'voicemail')];
    expect(gapsOf(stalled)).toEqual([{ from: at('2026-11-11 10:00'), days: 9, rule: 'step' }]);
  });

  it('applies only the follow-up limit after the last step: 14 days is fine, 15 is a gap and restarts the cadence', () => {
    const done = ['2026-09-01', '2026-09-03', '2026-09-07', '2026-09-10', '2026-09-15', '2026-09-21'].map((d, i) =>
      email(at(`${d} 09:00`), `Step ${i + 1}`),
    );
    expect(gapsOf([...done, email(at('2026-10-05 09:00'), 'Checking in')])).toEqual([
      { from: at('2026-10-05 09:00'), days: 46, rule: 'follow-up' },
    ]);
    expect(gapsOf([...done, email(at('2026-10-06 09:00'), 'Checking in')])).toEqual([
      { from: at('2026-09-21 09:00'), days: 15, rule: 'follow-up' },
      { from: at('2026-10-06 09:00'), days: 45, rule: 'step' },
    ]);
  });

  it('ends the cadence at a reply: from then on only the follow-up limit applies', () => {
    const touches = [
      email(at('2026-11-02 09:00'), 'Route pricing v2'),
      reply(at('2026-11-03 11:00')),
      email(at('2026-11-13 09:00'), 'Re: Route pricing v2'),
    ];
    const friday = new Date(at('2026-11-13 12:00'));
    expect(gapsOf(touches, {}, friday)).toEqual([]);
    expect(gapsOf([touches[0] as Activity, touches[2] as Activity], {}, friday)).toHaveLength(1);
  });

  it('counts the follow-up limit after a reply from the reply, as the follow-up is due from it', () => {
    // Email 2 Nov, the contact answers 12 Nov: 8 days on, the follow-up is not due until 26 Nov. The
    // call due 4 Nov was late before the answer came (8 business days > 2 + 1): that was a gap.
    expect(gapsOf([email(at('2026-11-02 09:00')), reply(at('2026-11-12 11:00'))])).toEqual([
      { from: at('2026-11-02 09:00'), days: 10, rule: 'step' },
    ]);
    // Answered 3 Nov and nothing since: 17 days of silence from the reply.
    expect(gapsOf([email(at('2026-11-02 09:00')), reply(at('2026-11-03 11:00'))])).toEqual([
      { from: at('2026-11-03 11:00'), days: 17, rule: 'follow-up' },
    ]);
  });

  it('ends the cadence at a reply the page dated only, on the day of the email it answers', () => {
    const dateOnlyReply = reply(at('2026-11-16 00:00'), 'Re: Route pricing v2', { timePrecision: 'day' });
    expect(gapsOf([email(at('2026-11-16 09:00')), dateOnlyReply])).toEqual([]);
    expect(gapsOf([email(at('2026-11-16 09:00'))])).toHaveLength(1);
  });

  it('treats the silence before a restarted cadence as a gap', () => {
    const touches = [email(at('2026-10-01 09:00')), social(at('2026-11-18 12:00'))];
    expect(gapsOf(touches)).toEqual([{ from: at('2026-10-01 09:00'), days: 48, rule: 'step' }]);
  });

  it('has no gaps without outbound touches', () => {
    expect(gapsOf([reply(at('2026-11-02 09:00'), 'Pricing request')])).toEqual([]);
  });
});

describe('gapsInPeriod', () => {
  it('keeps gaps that overlap the period, even when they started before it', () => {
    const touches = touchesOf([
      email(at('2026-10-05 09:00')),
      call(at('2026-10-23 10:00'), 'no-answer'),
      email(at('2026-11-19 09:00')),
    ]);
    const gaps = cadenceGaps(touches, settings(), NOW);
    expect(gaps).toHaveLength(2);
    const last7 = resolvePeriod('7d', NOW, LA);
    expect(gapsInPeriod(gaps, last7).map((g) => g.from.toISOString())).toEqual([at('2026-10-23 10:00')]);
    expect(gapsInPeriod(gaps, resolvePeriod('30d', NOW, LA))).toHaveLength(2);
  });
});
