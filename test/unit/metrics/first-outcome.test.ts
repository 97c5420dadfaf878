import { describe, expect, it } from 'vitest';
import { touchesToFirstMeeting, touchesToFirstReply } from '../../../lib/metrics/first-outcome';
import { at, call, email, meeting, NOW, reply, social, touchesOf } from './builders';

/** The last 30 days at the test clock, and the last 7 (the 7 × 24 hours ending now). */
const LAST_30 = { start: new Date('2026-10-21T15:00:00Z'), end: NOW };
const LAST_7 = { start: new Date('2026-11-13T15:00:00Z'), end: NOW };

describe('touches to first reply and first meeting', () => {
  const cadence = [
    email(at('2026-11-02 09:00'), 'Route pricing v2'),
    call(at('2026-11-04 10:00'), 'voicemail'),
    email(at('2026-11-06 09:00'), 'Quick question on your fleet'),
    social(at('2026-11-09 12:00')),
    reply(at('2026-11-09 16:40'), 'Re: Quick question on your fleet'),
    email(at('2026-11-10 09:00'), 'Times for a call'),
    meeting(at('2026-11-13 10:00'), 'held'),
  ];

  it('counts the 4 outbound touches before the first reply', () => {
    expect(touchesToFirstReply(touchesOf(cadence), LAST_30)).toBe(4);
  });

  it('counts the 5 outbound touches before the first held meeting, not the meeting itself', () => {
    expect(touchesToFirstMeeting(touchesOf(cadence), LAST_30)).toBe(5);
  });

  it('is 0 when the contact wrote first', () => {
    expect(
      touchesToFirstReply(
        touchesOf([reply(at('2026-11-02 08:00'), 'Pricing request'), email(at('2026-11-02 09:00'))]),
        LAST_30,
      ),
    ).toBe(0);
  });

  it('is null when there was no reply or meeting', () => {
    const touches = touchesOf(cadence.slice(0, 4));
    expect(touchesToFirstReply(touches, LAST_30)).toBeNull();
    expect(touchesToFirstMeeting(touches, LAST_30)).toBeNull();
  });

  it('ignores a no-show: it was not a meeting held', () => {
    const touches = touchesOf([email(at('2026-11-02 09:00')), meeting(at('2026-11-05 10:00'), 'no-show')]);
    expect(touchesToFirstMeeting(touches, LAST_30)).toBeNull();
  });
});

describe('the period picks the reply or meeting, not how many touches came before it', () => {
  // Review misread56 (s56): cut at the period's start, the last 7 days said "first reply after 0
  // outbound touches" (the contact spoke first) for a reply that came after five.
  const touches = touchesOf([
    email(at('2026-10-27 09:00'), 'Route pricing'),
    call(at('2026-10-29 10:00'), 'no-answer'),
    email(at('2026-11-03 09:00'), 'Route pricing v2'),
    meeting(at('2026-11-10 10:00'), 'held'),
    email(at('2026-11-12 09:00'), 'Pilot proposal'),
    reply(at('2026-11-16 11:00'), 'Re: Pilot proposal'),
    call(at('2026-11-18 14:00'), 'connected'),
  ]);

  it('counts every outbound touch before the first reply, in the period or not, the held meeting too: 5', () => {
    expect(touchesToFirstReply(touches, LAST_7)).toBe(5);
    expect(touchesToFirstReply(touches, LAST_30)).toBe(5);
  });

  it('has no meeting in the last 7 days: the one of 10 Nov is before them', () => {
    expect(touchesToFirstMeeting(touches, LAST_7)).toBeNull();
    expect(touchesToFirstMeeting(touches, LAST_30)).toBe(3);
  });

  it('counts, for a later reply, only the touches since the reply before it', () => {
    const again = touchesOf([
      email(at('2026-10-05 09:00'), 'Intro'),
      reply(at('2026-10-06 09:00'), 'Re: Intro'),
      email(at('2026-11-09 09:00'), 'Renewal'),
      email(at('2026-11-12 09:00'), 'Renewal, again'),
      reply(at('2026-11-17 09:00'), 'Re: Renewal, again'),
    ]);
    expect(touchesToFirstReply(again, LAST_7)).toBe(2);
  });

  it('takes a reply just after a period that has ended to that period’s email, as the reply rate does', () => {
    const q3 = { start: new Date(at('2026-07-01 00:00')), end: new Date(at('2026-10-01 00:00')) };
    const answered = touchesOf([
      email(at('2026-09-15 09:00'), 'Route pricing'),
      call(at('2026-09-17 10:30'), 'no-answer'),
      email(at('2026-09-29 16:10'), 'Q4 pricing'),
      reply(at('2026-10-01 08:45'), 'Re: Q4 pricing'),
    ]);
    expect(touchesToFirstReply(answered, q3)).toBe(3);
    // The contact writing first after the quarter answers none of its outreach.
    const after = touchesOf([reply(at('2026-10-01 08:45'), 'Question')]);
    expect(touchesToFirstReply(after, q3)).toBeNull();
  });
});
