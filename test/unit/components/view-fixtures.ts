import type { ContactView, DealView } from '../../../lib/schema/view-model';

/** Shared test clock (contracts.md): 2026-11-20T15:00:00Z; the default period is the 30 days before it. */
const period = {
  label: 'last 30 days',
  start: '2026-10-21T15:00:00Z',
  end: '2026-11-20T15:00:00Z',
  timeZone: 'UTC',
};

const weekly: ContactView['weekly'] = [
  { weekStart: '2026-10-26', byChannel: { call: 1, email: 2, meeting: 0, social: 0, sms: 0 } },
  { weekStart: '2026-11-02', byChannel: { call: 0, email: 1, meeting: 1, social: 0, sms: 0 } },
  { weekStart: '2026-11-09', byChannel: { call: 1, email: 1, meeting: 0, social: 0, sms: 0 } },
  { weekStart: '2026-11-16', byChannel: { call: 0, email: 1, meeting: 1, social: 0, sms: 0 } },
];

/** Jordan Lee at Contoso Freight, worked on a mid-market cadence (panel-wireframe.md). */
export function jordanLee(): ContactView {
  return {
    kind: 'contact',
    recordKey: 'hubspot:4410021:contact:951',
    name: 'Jordan Lee',
    company: 'Contoso Freight',
    period: { ...period },
    touches: {
      total: 9,
      byChannel: { call: 2, email: 5, meeting: 2, social: 0, sms: 0 },
      automated: 2,
      manual: 7,
      inbound: 1,
      automatedCounted: true,
    },
    daysSinceLastTouch: 1,
    recent: [
      {
        key: 'hubspot:4410021:activity:88123',
        type: 'call',
        title: 'Quick check-in',
        timestamp: '2026-11-19T17:30:00Z',
        direction: 'outbound',
        origin: 'logged-in-touchline',
        automated: false,
      },
      {
        key: 'hubspot:4410021:activity:88107',
        type: 'email',
        title: 'Route pricing v2',
        timestamp: '2026-11-16T16:05:00Z',
        direction: 'outbound',
        origin: 'page',
        automated: false,
      },
      {
        key: 'hubspot:4410021:activity:88090',
        type: 'email',
        title: 'Re: Route pricing',
        timestamp: '2026-11-12T18:40:00Z',
        direction: 'inbound',
        origin: 'page',
        automated: false,
      },
    ],
    weekly,
    crmComparisons: [
      {
        label: 'Times contacted',
        crmValue: '7',
        touchlineValue: '9',
        explanation: 'Touchline counts inbound replies and your 1 logged call.',
      },
    ],
    activitiesRead: 14,
    band: { motion: 'mid-market', low: 8, high: 14, position: 'within', touches: 9, samePeriod: true },
    outcomes: {
      replyRate: { value: 0.25, numerator: 1, denominator: 4 },
      connectRate: { value: 0.5, numerator: 1, denominator: 2 },
      meetingsHeld: 2,
      touchesToFirstReply: 4,
      touchesToFirstMeeting: 6,
      unknownOutcomes: 0,
      vanity: false,
      leadResponseHours: null,
      undatedReplies: 0,
    },
    cadence: {
      daysSinceLastTouch: 1,
      lastTouchAt: '2026-11-19T17:30:00Z',
      nextDue: { date: '2026-11-24', channel: 'social', step: 5, overdue: false, kind: 'step' },
      today: '2026-11-20',
      gaps: [{ from: '2026-10-27T16:00:00Z', to: '2026-11-04T17:00:00Z', days: 8 }],
      touchTimes: [
        '2026-10-26T16:00:00Z',
        '2026-10-27T16:00:00Z',
        '2026-11-04T17:00:00Z',
        '2026-11-09T15:00:00Z',
        '2026-11-16T16:05:00Z',
        '2026-11-19T17:30:00Z',
      ],
      goneCold: false,
    },
  };
}

/** Fleet pilot, 23 days in Proposal against a typical 10 from the user's own 12 deals. */
export function fleetPilot(): DealView {
  return {
    kind: 'deal',
    recordKey: 'hubspot:4410021:deal:7002',
    name: 'Fleet pilot',
    amount: 31500,
    currency: 'USD',
    stage: 'Proposal',
    period: { ...period },
    touches: {
      total: 11,
      byChannel: { call: 3, email: 6, meeting: 2, social: 0, sms: 0 },
      automated: 2,
      manual: 9,
      inbound: 1,
      automatedCounted: true,
    },
    daysSinceLastTouch: 1,
    recent: [],
    weekly,
    crmComparisons: [],
    activitiesRead: 19,
    daysInStage: 23,
    typicalDaysInStage: { days: 10, source: 'own-deals', deals: 12 },
    warning: 'stalled',
    warningReason: '23 days in stage, typical 10 from your 12 deals — over 2× typical',
    stageTimeline: [
      { stage: 'Discovery', enteredAt: '2026-09-20T15:00:00Z', days: 4, current: false },
      { stage: 'Qualified', enteredAt: '2026-09-24T15:00:00Z', days: 7, current: false },
      { stage: 'Demo', enteredAt: '2026-10-01T15:00:00Z', days: 5, current: false },
      { stage: 'Proposal', enteredAt: '2026-10-28T15:00:00Z', days: 23, current: true },
    ],
    conversion: [
      { stage: 'Demo', entered: 10, advanced: 6, rate: 0.6 },
      { stage: 'Proposal', entered: 0, advanced: 0, rate: null },
    ],
    contacts: [
      { key: 'hubspot:4410021:contact:951', name: 'Jordan Lee', touches: 9, daysSinceLastTouch: 1 },
      { key: 'hubspot:4410021:contact:952', name: 'Sam Okoye', touches: 2, daysSinceLastTouch: 12 },
      { key: 'hubspot:4410021:contact:953', name: 'Rita Haas', touches: 0, daysSinceLastTouch: null },
    ],
    contactsTouched: 2,
    noRecentActivity: false,
    outcomes: {
      replyRate: { value: 0.25, numerator: 1, denominator: 4 },
      connectRate: { value: 0.33, numerator: 1, denominator: 3 },
      meetingsHeld: 2,
      unknownOutcomes: 0,
    },
  };
}
