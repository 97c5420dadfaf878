import { describe, expect, it } from 'vitest';
import { nextTouchDue } from '../../../lib/metrics/next-touch';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, email, NOW, reply, settings, touchesOf } from './builders';

const dueFor = (activities: Activity[], overrides = {}, createdAt?: string) =>
  nextTouchDue(touchesOf(activities), settings(overrides), NOW, createdAt);

describe('nextTouchDue (mid-market: 0 email, 2 call, 4 email, 7 call, 10 social, 14 email)', () => {
  it('is step 5, social, 3 business days after step 4 (Wednesday → Monday)', () => {
    const onTrack = [
      email(at('2026-11-09 09:00')),
      call(at('2026-11-11 10:00'), 'voicemail'),
      email(at('2026-11-13 09:00'), 'Quick question on your fleet'),
      call(at('2026-11-18 10:00'), 'no-answer'),
    ];
    expect(dueFor(onTrack)).toEqual({ date: '2026-11-23', channel: 'social', step: 5, overdue: false, kind: 'step' });
  });

  it('is due today, not overdue, two business days after Wednesday’s first email', () => {
    expect(dueFor([email(at('2026-11-18 09:00'))])).toEqual({
      date: '2026-11-20',
      channel: 'call',
      step: 2,
      overdue: false,
      kind: 'step',
    });
  });

  it('is overdue when the due date is before today', () => {
    expect(dueFor([email(at('2026-11-09 09:00'))])).toMatchObject({ date: '2026-11-11', overdue: true });
  });

  it('counts calendar days when weekends are not excluded', () => {
    expect(dueFor([email(at('2026-11-19 09:00'))], { businessDays: false })).toMatchObject({ date: '2026-11-21' });
    expect(dueFor([email(at('2026-11-19 09:00'))])).toMatchObject({ date: '2026-11-23' });
  });

  it('is a follow-up on the reply’s channel, the follow-up limit after it, once the contact replied', () => {
    const touches = [email(at('2026-11-09 09:00')), reply(at('2026-11-17 13:00'))];
    expect(dueFor(touches)).toEqual({
      date: '2026-12-01',
      channel: 'email',
      step: 0,
      overdue: false,
      kind: 'follow-up',
    });
  });

  it('is a follow-up after the last step of the cadence', () => {
    const done = ['2026-10-26', '2026-10-28', '2026-10-30', '2026-11-04', '2026-11-09', '2026-11-13'].map((d, i) =>
      email(at(`${d} 09:00`), `Step ${i + 1}`),
    );
    expect(dueFor(done)).toMatchObject({ date: '2026-11-27', kind: 'follow-up', step: 0 });
  });

  it('is step 1 on the day a never-touched contact was created', () => {
    expect(dueFor([], {}, at('2026-11-16 14:00'))).toEqual({
      date: '2026-11-16',
      channel: 'email',
      step: 1,
      overdue: true,
      kind: 'step',
    });
    expect(dueFor([])).toMatchObject({ date: '2026-11-20', overdue: false });
  });

  it('uses the inbound motion’s same-day call and email', () => {
    expect(dueFor([call(at('2026-11-20 06:30'), 'voicemail')], { motion: 'inbound' })).toMatchObject({
      date: '2026-11-20',
      channel: 'email',
      step: 2,
    });
  });

  it('is a follow-up, not an old step, when the contact wrote back after the cadence had lapsed', () => {
    // Step 1 on 20 Oct, then 28 days of silence, then the contact's reply on 17 Nov (3 days ago).
    const touches = [email(at('2026-10-20 09:00')), reply(at('2026-11-17 10:00'))];
    expect(dueFor(touches)).toEqual({
      date: '2026-12-01',
      channel: 'email',
      step: 0,
      overdue: false,
      kind: 'follow-up',
    });
  });

  it('is step 1 of a new cadence once the silence is longer than the follow-up limit', () => {
    // One email on Thu 1 Oct and nothing since: the next outbound touch starts a new cadence (metrics.md),
    // so step 2 (the call due Mon 5 Oct, 2 business days later) of the lapsed one is not what is due.
    // Step 1 replaces it and stays overdue from the same day: the earlier of 5 Oct and 1 + 14 = 15 Oct.
    expect(dueFor([email(at('2026-10-01 09:00'))])).toEqual({
      date: '2026-10-05',
      channel: 'email',
      step: 1,
      overdue: true,
      kind: 'step',
    });
    // Doing what it says makes it step 1: step 2 is due next.
    const done = [email(at('2026-10-01 09:00')), email(at('2026-11-20 06:30'), 'Back on the fleet rollout')];
    expect(dueFor(done)).toMatchObject({ step: 2, channel: 'call', overdue: false });
  });

  it('is still the lapsing cadence’s step on the last day of the follow-up limit', () => {
    // 14 days after the 6 Nov email: not yet longer than the limit, so step 2 is overdue, not a new step 1.
    expect(dueFor([email(at('2026-11-06 09:00'))])).toMatchObject({ step: 2, channel: 'call', overdue: true });
  });

  it('is a follow-up after a reply shown with only a date, on the day of the email', () => {
    const dateOnlyReply = reply(at('2026-11-16 00:00'), 'Re: Route pricing v2', { timePrecision: 'day' });
    expect(dueFor([email(at('2026-11-16 09:00')), dateOnlyReply])).toMatchObject({
      date: '2026-11-30',
      kind: 'follow-up',
      overdue: false,
    });
  });

  it('is null with an empty cadence and nothing to follow up', () => {
    expect(dueFor([], { cadences: { smb: [], 'mid-market': [], enterprise: [], inbound: [] } })).toBeNull();
  });
});
