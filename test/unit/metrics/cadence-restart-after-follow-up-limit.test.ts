import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { CadenceStep, Settings } from '../../../lib/schema/settings';
import { at, call, contact, email, settings } from './builders';

/**
 * metrics.md "Cadence and cadence gaps": "A new cadence starts at the first outbound touch after a
 * silence longer than the follow-up limit"; "Gap: an interval between consecutive outbound
 * touches … longer than the planned spacing between the matching steps plus a grace of 1 business
 * day. After the last step, any interval longer than the follow-up limit … is a gap." The two
 * rules are separate: a silence over the limit restarts the cadence, but before the last step only
 * the planned spacing decides whether the interval was a gap (as for gone cold: a lone touch "is
 * not cold before it is late"). What Jordan's contact panel shows right after the later touch:
 */
const panel = (activities: Activity[], now: string, overrides: Partial<Settings>) => {
  const s = settings({ period: '90d', ...overrides });
  return buildContactView({ contact: contact(), activities, settings: s, now: new Date(at(now)) }).cadence;
};
const cadence = (...steps: [number, CadenceStep['channel']][]) => ({
  ...settings().cadences,
  'mid-market': steps.map(([day, channel]) => ({ day, channel })),
});

describe('follow-up limit 3 days, steps at day 0 (email) and day 5 (call), the call 8 days after the email', () => {
  // Wed 4 Nov → Thu 12 Nov: 8 calendar days, 6 business days (one weekend).
  const touches = [email(at('2026-11-04 09:00')), call(at('2026-11-12 10:00'), 'no-answer')];
  const limit3 = { followUpDays: 3, cadences: cadence([0, 'email'], [5, 'call']) };

  it('weekends excluded: no gap (6 business days is step 2’s 5 + 1 grace), and the call starts a new cadence: step 2 due 5 business days later', () => {
    expect(panel(touches, '2026-11-12 12:00', limit3)).toMatchObject({
      gaps: [],
      nextDue: { date: '2026-11-19', channel: 'call', step: 2, overdue: false, kind: 'step' },
    });
  });

  it('weekends counted: an 8-day gap (over 5 + 1), and the call starts a new cadence: step 2 due 5 days later', () => {
    expect(panel(touches, '2026-11-12 12:00', { ...limit3, businessDays: false })).toMatchObject({
      gaps: [{ from: at('2026-11-04 09:00'), to: at('2026-11-12 10:00'), days: 8 }],
      nextDue: { date: '2026-11-17', channel: 'call', step: 2, kind: 'step' },
    });
  });
});

describe('the default 14-day limit and mid-market cadence, step 3 done 20 days after step 2', () => {
  it('shows one 20-day gap after step 2, and the email starts a new cadence: step 2 (call) due 2 business days later', () => {
    const touches = [
      email(at('2026-10-19 09:00')),
      call(at('2026-10-21 10:00'), 'no-answer'),
      email(at('2026-11-10 09:00'), 'Checking back in'),
    ];
    expect(panel(touches, '2026-11-10 12:00', {})).toMatchObject({
      gaps: [{ from: at('2026-10-21 10:00'), to: at('2026-11-10 09:00'), days: 20 }],
      nextDue: { date: '2026-11-12', channel: 'call', step: 2, kind: 'step' },
    });
  });
});

describe('the default 14-day limit and a cadence planning 20 business days between step 2 and step 3', () => {
  it('shows no gap when step 3 comes on time (28 calendar days later), and that email starts a new cadence', () => {
    // Wed 21 Oct + 20 business days = Wed 18 Nov; the silence of 28 calendar days is over the limit.
    const touches = [
      email(at('2026-10-19 09:00')),
      call(at('2026-10-21 10:00'), 'no-answer'),
      email(at('2026-11-18 09:00'), 'Checking back in'),
    ];
    const spaced = { cadences: cadence([0, 'email'], [2, 'call'], [22, 'email']) };
    expect(panel(touches, '2026-11-18 12:00', spaced)).toMatchObject({
      gaps: [],
      nextDue: { date: '2026-11-20', channel: 'call', step: 2, kind: 'step' },
    });
  });
});
