import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { Settings } from '../../../lib/schema/settings';
import { at, contact, email, LA, settings } from './builders';

/**
 * metrics.md, Gone cold: "A contact with a single outbound touch and nothing after it is flagged
 * once step 2 is a gap (its spacing plus the grace): a lone email is not a cadence, but it is not
 * cold before it is late." With a follow-up limit (3 days) shorter than step 2's spacing (5
 * business days) plus the grace (1), a lone email on Wed 4 Nov is late, and cold, only after 6
 * business days: on Fri 13 Nov. Step 2 is due 5 business days after it: Wed 11 Nov. The silence
 * is longer than the limit, so the next outbound touch starts a new cadence (step 1), due when
 * step 2 was: the limit does not make a lone touch late.
 */
const panel = (activities: Activity[], now: string, overrides: Partial<Settings> = {}) =>
  buildContactView({
    contact: contact(),
    activities,
    settings: settings({ period: '90d', ...overrides }),
    now: new Date(at(now)),
    pageTimeZone: LA,
  }).cadence;

const limit3 = {
  followUpDays: 3,
  cadences: {
    ...settings().cadences,
    'mid-market': [
      { day: 0, channel: 'email' as const },
      { day: 5, channel: 'call' as const },
      { day: 10, channel: 'email' as const },
    ],
  },
};
const loneEmail = [email(at('2026-11-04 09:00'))];

describe('a lone email with a 3-day follow-up limit and step 2 at day 5 (weekends excluded)', () => {
  it('Mon 9 Nov (3 business days): not cold, no gap, the next touch due Wed 11 Nov, not overdue', () => {
    const cadence = panel(loneEmail, '2026-11-09 09:00', limit3);
    expect(cadence.goneCold).toBe(false);
    expect(cadence.gaps).toEqual([]);
    expect(cadence.nextDue).toEqual({ date: '2026-11-11', channel: 'email', step: 1, overdue: false, kind: 'step' });
  });

  it('Thu 12 Nov (6 business days: spacing 5 + grace 1): not cold yet, the next touch overdue since the 11th', () => {
    const cadence = panel(loneEmail, '2026-11-12 09:00', limit3);
    expect(cadence.goneCold).toBe(false);
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-11', overdue: true });
  });

  it('Fri 13 Nov (7 business days): cold, with one gap', () => {
    const cadence = panel(loneEmail, '2026-11-13 09:00', limit3);
    expect(cadence.goneCold).toBe(true);
    expect(cadence.gaps).toHaveLength(1);
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-11', overdue: true });
  });

  it('weekends counted: not cold on Tue 10 Nov (6 days), cold on Wed 11 Nov (7 days)', () => {
    const calendar = { ...limit3, businessDays: false };
    expect(panel(loneEmail, '2026-11-10 09:00', calendar).goneCold).toBe(false);
    expect(panel(loneEmail, '2026-11-11 09:00', calendar).goneCold).toBe(true);
    // Step 2 is due 5 calendar days after Wed 4 Nov: Mon 9 Nov.
    expect(panel(loneEmail, '2026-11-10 09:00', calendar).nextDue).toMatchObject({ date: '2026-11-09', step: 1 });
  });
});

describe('the default case (14-day limit, mid-market step 2 at day 2) is unchanged', () => {
  it('a lone email Mon 16 Nov is not cold on Thu 19 Nov (3 business days) and cold on Fri 20 Nov (4)', () => {
    const monday = [email(at('2026-11-16 09:00'))];
    expect(panel(monday, '2026-11-19 09:00').goneCold).toBe(false);
    const friday = panel(monday, '2026-11-20 09:00');
    expect(friday.goneCold).toBe(true);
    expect(friday.goneColdReason).toMatch(/^A single email and nothing since: step 2 was due 2 business days after it/);
    expect(friday.nextDue).toEqual({ date: '2026-11-18', channel: 'call', step: 2, overdue: true, kind: 'step' });
  });

  it('a lone email 20 days ago is cold past the follow-up limit, with the limit as the reason', () => {
    const cadence = panel([email(at('2026-10-31 10:00'))], '2026-11-20 07:00');
    expect(cadence.goneCold).toBe(true);
    expect(cadence.goneColdReason).toBe('No touch either way for 20 days (follow-up limit 14).');
  });
});
