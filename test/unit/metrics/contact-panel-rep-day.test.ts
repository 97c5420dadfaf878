import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { Settings } from '../../../lib/schema/settings';
import { at, call, contact, email, LA, meeting, NOW, reply, settings } from './builders';

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';

const viewOf = (activities: Activity[], overrides: Partial<Settings> = {}, now = NOW) =>
  buildContactView({
    contact: contact(),
    activities,
    settings: settings(overrides),
    now,
    pageTimeZone: overrides.timeZone ?? LA,
  });

// Regression tests from the contact-panel review: a rep's ordinary days on the panel, values worked
// out by hand from metrics.md. NOW = Friday 20 Nov 2026, 07:00 in Los Angeles.

describe('an email and a call on the same day (metrics.md: n-th outbound touch is step n)', () => {
  const view = viewOf([email(at('2026-11-16 09:00')), call(at('2026-11-16 14:00'), 'no-answer')]);
  it('counts one email and one call, both manual', () => {
    expect(view.touches.total).toBe(2);
    expect(view.touches.byChannel).toEqual({ email: 1, call: 1, meeting: 0, social: 0, sms: 0 });
    expect(view.touches.manual).toBe(2);
    expect(view.touches.automated).toBe(0);
  });
  it('makes the call step 2 and puts step 3 (email) 2 business days after it: Wed 18 Nov, overdue', () => {
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-18', channel: 'email', step: 3, overdue: true });
  });
  it('has one gap, Mon → now (4 business days > 2 + 1 grace)', () => {
    expect(view.cadence.gaps.length).toBe(1);
    expect(view.cadence.gaps[0]?.days).toBe(4);
    expect(view.cadence.daysSinceLastTouch).toBe(4);
    expect(view.cadence.goneCold).toBe(false);
  });
});

describe('a reply on Friday and a step due Monday (metrics.md: an inbound reply ends the cadence)', () => {
  const acts = () => [
    email(at('2026-11-10 09:00')),
    call(at('2026-11-12 10:00'), 'no-answer'),
    reply(at('2026-11-13 16:00')),
  ];
  it('on Monday shows no cadence step due but a follow-up 14 days after the reply, no gap, not cold', () => {
    const view = viewOf(acts(), {}, new Date(at('2026-11-16 08:00')));
    expect(view.cadence.nextDue).toMatchObject({
      date: '2026-11-27',
      channel: 'email',
      overdue: false,
      kind: 'follow-up',
    });
    expect(view.cadence.gaps).toEqual([]);
    expect(view.cadence.goneCold).toBe(false);
    expect(view.outcomes.touchesToFirstReply).toBe(2);
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
  it('without the reply, step 3 (email) is due Monday 16 Nov and is a gap by Friday', () => {
    const view = viewOf(acts().slice(0, 2));
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-16', channel: 'email', step: 3, overdue: true });
    expect(view.cadence.gaps.length).toBe(1);
  });
});

describe('a contact touched once 20 days ago', () => {
  const view = viewOf([email(at('2026-10-31 10:00'))]);
  it('is 20 days since the last touch, gone cold, one touch in the period, step 1 of a new cadence overdue', () => {
    expect(view.daysSinceLastTouch).toBe(20);
    expect(view.cadence.goneCold).toBe(true);
    expect(view.touches.total).toBe(1);
    expect(view.cadence.nextDue).toMatchObject({ channel: 'email', step: 1, overdue: true });
    expect(view.cadence.gaps.length).toBe(1);
  });
});

describe('a meeting today (metrics.md, Meetings: booked is not held)', () => {
  it('does not count a meeting later today as held, nor as a step', () => {
    const view = viewOf([email(at('2026-11-18 09:00')), meeting(at('2026-11-20 10:00'), null)]);
    expect(view.outcomes.meetingsHeld).toBe(0);
    expect(view.touches.total).toBe(1);
    expect(view.outcomes.touchesToFirstMeeting).toBeNull();
    expect(view.daysSinceLastTouch).toBe(2);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-20', channel: 'call', step: 2, overdue: false });
  });
  it('counts a meeting earlier today whose time has passed as held and as step 2', () => {
    const view = viewOf([email(at('2026-11-18 09:00')), meeting(at('2026-11-20 06:00'), null)]);
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.outcomes.touchesToFirstMeeting).toBe(1);
    expect(view.daysSinceLastTouch).toBe(0);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-24', channel: 'email', step: 3, overdue: false });
  });
  it('counts held vs planned: a planned meeting next week is not held', () => {
    const view = viewOf([
      meeting(at('2026-11-10 10:00'), 'held'),
      meeting(at('2026-11-24 10:00'), null, { planned: true, title: 'Proposal review' }),
    ]);
    expect(view.outcomes.meetingsHeld).toBe(1);
    expect(view.touches.byChannel.meeting).toBe(1);
  });
});

describe('a touch at 23:30 in the user’s zone (metrics.md: day counting in the user’s zone)', () => {
  it('Los Angeles: a call at 23:30 yesterday is 1 day ago and step 2 is due Monday', () => {
    const view = viewOf([call(at('2026-11-19 23:30'), 'connected')]);
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-23', step: 2, channel: 'call' });
  });
  it('Berlin: 23:30 yesterday is 1 day, 00:30 today is 0 days', () => {
    const late = viewOf([call(at('2026-11-19 23:30', BERLIN))], { timeZone: BERLIN });
    expect(late.daysSinceLastTouch).toBe(1);
    const early = viewOf([call(at('2026-11-20 00:30', BERLIN))], { timeZone: BERLIN });
    expect(early.daysSinceLastTouch).toBe(0);
  });
});

describe('daylight-saving changes (EU 25 Oct, US 1 Nov 2026)', () => {
  it('Berlin: Friday email before the change, Monday after: 3 days since, step 2 due Tuesday 27 Oct', () => {
    const now = new Date(at('2026-10-26 09:00', BERLIN));
    const view = viewOf([email(at('2026-10-23 17:00', BERLIN))], { timeZone: BERLIN }, now);
    expect(view.daysSinceLastTouch).toBe(3);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-10-27', channel: 'call', overdue: false });
    expect(view.cadence.gaps).toEqual([]);
  });
  it('New York: a Thursday 23:30 email (Friday in UTC) makes step 2 due Monday 2 Nov, today, not overdue', () => {
    const now = new Date(at('2026-11-02 08:00', NY));
    const view = viewOf([email(at('2026-10-29 23:30', NY))], { timeZone: NY }, now);
    expect(view.daysSinceLastTouch).toBe(4);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-02', channel: 'call', overdue: false });
    expect(view.cadence.goneCold).toBe(false);
  });
  it('Los Angeles: Friday 30 Oct email, step 2 not a gap on Wed 4 Nov, a gap on Thu 5 Nov', () => {
    const e = email(at('2026-10-30 09:00'));
    expect(viewOf([e], {}, new Date(at('2026-11-04 18:00'))).cadence.gaps).toEqual([]);
    expect(viewOf([e], {}, new Date(at('2026-11-05 08:00'))).cadence.gaps.length).toBe(1);
  });
  it('period is 30 × 24 h ending now, start inclusive, across both changes (Berlin)', () => {
    const start = new Date(NOW.getTime() - 30 * 86_400_000).toISOString();
    const before = new Date(NOW.getTime() - 30 * 86_400_000 - 1).toISOString();
    const view = viewOf([email(start), call(before, 'connected')], { timeZone: BERLIN });
    expect(view.touches.total).toBe(1);
    expect(view.period.start).toBe(start);
  });
});

describe('a cadence customized in settings', () => {
  const custom = { day: 0, channel: 'email' } as const;
  const cadences = (steps: Settings['cadences']['mid-market']) => ({ ...settings().cadences, 'mid-market': steps });
  it('calendar days: email Tue, call Wed, social (day 5) due Sunday 22 Nov', () => {
    const view = viewOf([email(at('2026-11-17 09:00')), call(at('2026-11-18 09:00'))], {
      businessDays: false,
      cadences: cadences([custom, { day: 1, channel: 'call' }, { day: 5, channel: 'social' }]),
    });
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-22', channel: 'social', step: 3, overdue: false });
    expect(view.cadence.gaps).toEqual([]);
  });
  it('business days: the same social step is due Tuesday 24 Nov', () => {
    const view = viewOf([email(at('2026-11-17 09:00')), call(at('2026-11-18 09:00'))], {
      cadences: cadences([custom, { day: 1, channel: 'call' }, { day: 5, channel: 'social' }]),
    });
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-24', channel: 'social', step: 3 });
  });
  it('a lone email Monday with a day-1 call step is cold by Friday (4 business days > 1 + 1)', () => {
    const view = viewOf([email(at('2026-11-16 09:00'))], {
      cadences: cadences([custom, { day: 1, channel: 'call' }]),
    });
    expect(view.cadence.goneCold).toBe(true);
    expect(view.cadence.gaps.length).toBe(1);
  });
});

describe('weekends setting', () => {
  it('off: Friday email makes the step-2 call due Sunday and a gap by Friday', () => {
    const view = viewOf([email(at('2026-11-13 09:00'))], { businessDays: false });
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-15', channel: 'call', overdue: true });
    expect(view.cadence.gaps.length).toBe(1);
  });
  it('on: Friday email makes the step-2 call due Tuesday', () => {
    const view = viewOf([email(at('2026-11-13 09:00'))]);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-17', channel: 'call', overdue: true });
  });
});

describe('manual vs automated (metrics.md, Automated touches, consistently)', () => {
  const acts = () => [email(at('2026-11-16 09:00'), 'Seq step 1', { automated: true }), call(at('2026-11-18 10:00'))];
  it('counted: 2 touches, 1 automated, 1 manual', () => {
    const view = viewOf(acts());
    expect(view.touches).toMatchObject({ total: 2, automated: 1, manual: 1 });
  });
  it('left out: headline 1, automated apart, the call is step 1 so the step-2 call is due Friday', () => {
    const view = viewOf(acts(), { countAutomated: false });
    expect(view.touches).toMatchObject({ total: 1, automated: 1, manual: 1 });
    expect(view.touches.byChannel.email).toBe(0);
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-20', channel: 'call', step: 2, overdue: false });
  });
});

describe('a new cadence after a silence', () => {
  const view = viewOf([
    email(at('2026-10-01 09:00')),
    call(at('2026-10-05 09:00')),
    email(at('2026-11-16 09:00'), 'Checking back in'),
  ]);
  it('makes the Monday email step 1 again: step 2 (call) due Wed 18 Nov', () => {
    expect(view.cadence.nextDue).toMatchObject({ date: '2026-11-18', channel: 'call', step: 2, overdue: true });
    expect(view.daysSinceLastTouch).toBe(4);
  });
  it('has two gaps touching the period: the silence and the late step 2', () => {
    expect(view.cadence.gaps.length).toBe(2);
  });
});

describe('touches to first reply', () => {
  it('counts outbound touches before the first non-automated inbound reply: 3', () => {
    const view = viewOf([
      email(at('2026-11-02 09:00')),
      call(at('2026-11-04 09:00'), 'no-answer'),
      email(at('2026-11-06 09:00'), 'Case study'),
      reply(at('2026-11-06 09:01'), 'Out of office', { automated: true }),
      reply(at('2026-11-09 12:00'), 'Re: Case study'),
    ]);
    expect(view.outcomes.touchesToFirstReply).toBe(3);
  });
});
