import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Contact } from '../../../lib/schema/record';
import { contactViewSchema } from '../../../lib/schema/view-model';
import {
  at,
  call,
  contact,
  email,
  LA,
  logged,
  meeting,
  NOW,
  note,
  reply,
  settings,
  system,
  task,
  undated,
} from './builders';

/** Jordan Lee: an old lone email in September, then a cadence that got a reply, a call, a meeting and a proposal. */
const jordanHistory = [
  email(at('2026-09-14 09:00'), 'Intro: Contoso Freight x Acme'),
  email(at('2026-10-26 09:00'), 'Route pricing v2', { sourceId: '88001' }),
  email(at('2026-10-26 09:04'), 'Route pricing v2 (synced)', { sourceId: '88001' }),
  call(at('2026-10-28 10:15'), 'no-answer'),
  email(at('2026-10-30 08:00'), 'Case study: Northwind', { automated: true }),
  reply(at('2026-11-02 13:40'), 'Re: Case study: Northwind'),
  call(at('2026-11-04 11:00'), 'connected'),
  meeting(at('2026-11-09 10:00'), 'held'),
  meeting(at('2026-11-12 10:00'), 'cancelled', { title: 'Pilot check-in' }),
  note(at('2026-11-13 09:00')),
  task(at('2026-11-13 09:05')),
  system(at('2026-11-13 09:06')),
  email(at('2026-11-18 14:00'), 'Pilot proposal'),
  logged(at('2026-11-19 17:30'), 'call'),
  meeting(at('2026-11-24 10:00'), null, { planned: true, title: 'Proposal review' }),
  undated('at the trade show'),
];

const jordan = contact({ crmFigures: { lastContacted: at('2026-11-18 14:00'), timesContacted: 6 } });

describe('buildContactView', () => {
  const view = buildContactView({ contact: jordan, activities: jordanHistory, settings: settings(), now: NOW });

  it('parses as the panel’s contact view', () => {
    expect(contactViewSchema.safeParse(view).success).toBe(true);
  });

  it('counts the period’s touches by channel, duplicates merged, non-touches and future meetings left out', () => {
    expect(view.period).toEqual({
      label: 'last 30 days',
      start: '2026-10-21T15:00:00.000Z',
      end: NOW.toISOString(),
      choice: '30d',
      timeZone: LA,
    });
    expect(view.touches).toEqual({
      total: 8,
      byChannel: { email: 4, call: 3, meeting: 1, social: 0, sms: 0 },
      automated: 1,
      manual: 7,
      inbound: 1,
      undated: 1,
      automatedCounted: true,
    });
    expect(view.band).toEqual({
      motion: 'mid-market',
      low: 8,
      high: 14,
      position: 'within',
      touches: 8,
      samePeriod: true,
    });
  });

  it('shows the outcomes beside the activity', () => {
    expect(view.outcomes).toEqual({
      replyRate: { value: 0.33, numerator: 1, denominator: 3 },
      connectRate: { value: 0.33, numerator: 1, denominator: 3 },
      meetingsHeld: 1,
      // Every outbound touch before them, the intro of 14 Sep before the period too (metrics.md:
      // "outbound touches before the first inbound reply or held meeting"): the intro, the pricing
      // email (two copies, one touch), the no-answer call and the case study; then the connected call.
      touchesToFirstReply: 4,
      touchesToFirstMeeting: 5,
      unknownOutcomes: 1,
      vanity: false,
      // Not 313 (14 Sep 09:00 − 1 Sep 08:00): the undated touch at the trade show may have come first.
      leadResponseHours: null,
      undatedReplies: 0,
      // The trade-show touch: the panel says the counts above are "at least".
      undatedOutbound: 1,
      undatedOutboundBeforeMeeting: 1,
      // No reply or meeting before them: both counts run back to the first touch kept.
      firstReplyFromStart: true,
      firstMeetingFromStart: true,
    });
  });

  it('shows the cadence: last touch, a follow-up due after the reply, and the silence before this cadence', () => {
    expect(view.daysSinceLastTouch).toBe(1);
    expect(view.cadence).toMatchObject({
      daysSinceLastTouch: 1,
      lastTouchAt: at('2026-11-19 17:30'),
      nextDue: { date: '2026-12-03', channel: 'call', step: 0, overdue: false, kind: 'follow-up' },
      gaps: [{ from: at('2026-09-14 09:00'), to: at('2026-10-26 09:00'), days: 42 }],
      goneCold: false,
    });
    expect(view.cadence.touchTimes).toEqual([
      at('2026-10-26 09:00'),
      at('2026-10-28 10:15'),
      at('2026-10-30 08:00'),
      at('2026-11-04 11:00'),
      at('2026-11-09 10:00'),
      at('2026-11-18 14:00'),
      at('2026-11-19 17:30'),
    ]);
  });

  it('lists the recent touches, the trend and what Touchline has read', () => {
    expect(view.recent.map((t) => t.title)).toEqual([
      'Logged call',
      'Pilot proposal',
      'Fleet pilot scoping',
      'Call with Jordan Lee',
      'Re: Case study: Northwind',
    ]);
    expect(view.weekly.at(-1)).toEqual({
      weekStart: '2026-11-16',
      byChannel: { email: 1, call: 1, meeting: 0, social: 0, sms: 0 },
    });
    // Every row once, the synced copy of "Route pricing v2" (the same CRM id) with its original.
    expect(view.activitiesRead).toBe(jordanHistory.length - 1);
  });

  it('puts the CRM’s figures beside Touchline’s with the difference explained', () => {
    expect(view.crmComparisons.map((c) => [c.label, c.crmValue, c.touchlineValue])).toEqual([
      ['Last contacted', 'Nov 18, 2026', 'Nov 19, 2026'],
      ['Times contacted', '6', '10'],
    ]);
    expect(view.crmComparisons[0]?.explanation).toBe(
      'Your call logged in Touchline on Nov 19, 2026 is not in HubSpot yet.',
    );
  });

  it('leaves automated touches out when the setting says so, and compares the band with the last 30 days', () => {
    const lastWeek = buildContactView({
      contact: jordan,
      activities: jordanHistory,
      settings: settings({ countAutomated: false, period: '7d' }),
      now: NOW,
    });
    expect(lastWeek.period.label).toBe('last 7 days');
    expect(lastWeek.touches).toMatchObject({ total: 2, automated: 0, manual: 2, automatedCounted: false });
    expect(lastWeek.band).toMatchObject({ position: 'below', touches: 7, samePeriod: false });
    const month = buildContactView({
      contact: jordan,
      activities: jordanHistory,
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    expect(month.cadence.touchTimes).toHaveLength(6);
    expect(month.cadence.touchTimes).not.toContain(at('2026-10-30 08:00'));
    // The reply of Nov 2 answers the automated case study, which is left out: it is not the
    // answer to the manual email before it (metrics.md: "before the next outbound email").
    expect(month.outcomes.replyRate).toEqual({ value: 0, numerator: 0, denominator: 2 });
  });

  it('says where the counts start when the period reaches back past what retention keeps', () => {
    const quarter = (change: Parameters<typeof settings>[0]) =>
      buildContactView({ contact: jordan, activities: jordanHistory, settings: settings(change), now: NOW }).period;
    expect(quarter({ period: '90d' })).not.toHaveProperty('keptFrom');
    // 30 days kept: the last 90 days' counts start 30 days ago.
    expect(quarter({ period: '90d', retentionDays: 30 }).keptFrom).toBe('2026-10-21T15:00:00.000Z');
    expect(quarter({ period: '30d', retentionDays: 30 })).not.toHaveProperty('keptFrom');
    // Raised from 30 days after a run a week ago deleted before 14 Oct: counted from there, as on the deal
    // panel (reading the page again brings back only what the page shows, not what an import brought).
    expect(quarter({ period: '90d', prunedBefore: '2026-10-14T15:00:00.000Z' }).keptFrom).toBe(
      '2026-10-14T15:00:00.000Z',
    );
  });

  it('shows "—" with reasons for a contact with no activity at all', () => {
    const fresh = contact({ createdAt: at('2026-11-19 16:00'), company: undefined, crmFigures: undefined });
    const empty = buildContactView({ contact: fresh, activities: [], settings: settings(), now: NOW });
    expect(contactViewSchema.safeParse(empty).success).toBe(true);
    expect(empty.touches.total).toBe(0);
    expect(empty.outcomes.replyRate).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      reason: 'no-outbound-email',
    });
    expect(empty.outcomes.connectRate.reason).toBe('no-calls');
    expect(empty.daysSinceLastTouch).toBeNull();
    expect(empty.cadence.nextDue).toEqual({
      date: '2026-11-19',
      channel: 'email',
      step: 1,
      overdue: true,
      kind: 'step',
    });
    expect(empty.band).toEqual({
      motion: 'mid-market',
      low: 8,
      high: 14,
      position: 'below',
      touches: 0,
      samePeriod: true,
    });
  });

  it('does not call a contact created before the retention cutoff untouched when none of its touches is kept', () => {
    const view = (change: Partial<Contact>, activities = [] as typeof jordanHistory) =>
      buildContactView({ contact: contact(change), activities, settings: settings({ retentionDays: 30 }), now: NOW });
    // Created 80 days ago with 30 days kept: any touch it had may be older than Touchline keeps.
    expect(view({ createdAt: at('2026-09-01 08:00'), crmFigures: undefined })).toMatchObject({
      daysSinceLastTouch: null,
      lastTouchBeforeKept: true,
    });
    // The CRM says it was last contacted before the cutoff: the same.
    expect(view({ createdAt: undefined, crmFigures: { lastContacted: at('2026-10-01 09:00') } })).toHaveProperty(
      'lastTouchBeforeKept',
      true,
    );
    // Created within the days kept, or nothing known about its age: nothing was pruned.
    expect(view({ createdAt: at('2026-11-01 08:00'), crmFigures: undefined })).not.toHaveProperty(
      'lastTouchBeforeKept',
    );
    expect(view({ createdAt: undefined, crmFigures: undefined })).not.toHaveProperty('lastTouchBeforeKept');
    // A kept touch gives the last touch itself.
    expect(view({ createdAt: at('2026-09-01 08:00') }, jordanHistory)).not.toHaveProperty('lastTouchBeforeKept');
  });
});

describe('a contact with touches whose date could not be read', () => {
  it('says, beside "gone cold", that one of them may be newer', () => {
    const lapsed = [email(at('2026-10-01 09:00')), undated('at the trade show')];
    const view = buildContactView({ contact: contact(), activities: lapsed, settings: settings(), now: NOW });
    expect(view.cadence.goneCold).toBe(true);
    expect(view.cadence.goneColdReason).toMatch(/1 touch without a readable date is not counted: one may be newer/);
  });

  it('does not call an email unanswered when a reply without a readable date may answer it', () => {
    const sent = email(at('2026-11-10 09:00'), 'Pilot proposal');
    const undatedReply = undated('yesterday-ish', { direction: 'inbound', title: 'Re: Pilot proposal' });
    const view = (activities: typeof jordanHistory) =>
      buildContactView({ contact: contact(), activities, settings: settings(), now: NOW }).outcomes;
    // The reply cannot be placed, so 0 of 1 would be a confident zero the page does not support.
    expect(view([sent, undatedReply])).toMatchObject({
      replyRate: { value: null, numerator: 0, denominator: 1, reason: 'undated-replies' },
      touchesToFirstReply: null,
      undatedReplies: 1,
    });
    // An undated out-of-office is no reply, and a dated reply settles the rate whatever else is undated.
    expect(view([sent, undated('yesterday-ish', { direction: 'inbound', automated: true })]).replyRate).toEqual({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
    expect(view([sent, reply(at('2026-11-11 10:00')), undatedReply]).replyRate).toEqual({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
  });

  it('does not flag effort without a reply when a reply could not be dated', () => {
    const calls = Array.from({ length: 15 }, (_, i) =>
      call(at(`2026-11-${String(i + 1).padStart(2, '0')} 09:00`), 'no-answer'),
    );
    const view = (activities: typeof jordanHistory) =>
      buildContactView({ contact: contact(), activities, settings: settings(), now: NOW }).outcomes.vanity;
    expect(view(calls)).toBe(true);
    expect(view([...calls, undated('last week', { direction: 'inbound' })])).toBe(false);
  });
});
