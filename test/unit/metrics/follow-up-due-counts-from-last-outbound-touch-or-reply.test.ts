import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { nextTouchDue } from '../../../lib/metrics/next-touch';
import type { Activity } from '../../../lib/schema/activity';
import { at, contact, email, NOW, reply, settings, touchesOf } from './builders';

/**
 * metrics.md, Cadence: after a reply "only the follow-up limit applies", and "a gap and a due date
 * are measured the same way"; Vocabulary: an out-of-office "is never a reply". The gaps count the
 * follow-up limit from the rep's last outbound touch or the contact's last reply, never from an
 * out-of-office (cadenceTouches): so does the follow-up's due date. Gone cold ("no touch in either
 * direction") and a new cadence's step 1 still count an out-of-office the setting counts (adc45e4).
 * Default settings (follow-up limit 14 days), Los Angeles, now Fri 20 Nov 2026 07:00.
 */
const cadenceOf = (activities: Activity[], countAutomated = true) =>
  buildContactView({ contact: contact(), activities, settings: settings({ countAutomated }), now: NOW }).cadence;

describe('an out-of-office after the rep answered a reply', () => {
  // Rep emails Mon 2 Nov, Jordan replies Tue 3 Nov (the cadence ends), the rep answers Wed 4 Nov,
  // an out-of-office comes back Thu 12 Nov.
  const history = [
    email(at('2026-11-02 09:00'), 'Dock schedule'),
    reply(at('2026-11-03 09:00'), 'Re: Dock schedule'),
    email(at('2026-11-04 09:00'), 'Re: Re: Dock schedule'),
    reply(at('2026-11-12 09:00'), 'Automatic reply: away until 30 Nov', { automated: true }),
  ];

  it('leaves the follow-up due Wed 18 Nov (4 Nov + 14), overdue, as the 16-day gap since 4 Nov says', () => {
    const cadence = cadenceOf(history);
    expect(cadence.gaps.map((g) => [g.from, g.days])).toEqual([[new Date(at('2026-11-04 09:00')).toISOString(), 16]]);
    expect(cadence.nextDue).toEqual({
      date: '2026-11-18',
      channel: 'email',
      step: 0,
      overdue: true,
      kind: 'follow-up',
    });
  });

  it('is a touch either way for gone cold, counted: 8 days, not cold, and no new cadence is due yet', () => {
    expect(cadenceOf(history).goneCold).toBe(false);
  });

  it('gives the same due day when automated touches are left out (then cold, with step 1 due that day)', () => {
    const cadence = cadenceOf(history, false);
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-18', step: 1, overdue: true, kind: 'step' });
    expect(cadence.goneCold).toBe(true);
  });
});

describe('an out-of-office after the rep’s last email, both longer ago than the follow-up limit', () => {
  // Rep emails Mon 19 Oct, Jordan replies Tue 20 Oct, the rep answers Wed 21 Oct, an out-of-office
  // Fri 23 Oct; 28 days since it.
  const history = [
    email(at('2026-10-19 09:00'), 'Dock schedule'),
    reply(at('2026-10-20 09:00'), 'Re: Dock schedule'),
    email(at('2026-10-21 09:00'), 'Re: Re: Dock schedule'),
    reply(at('2026-10-23 09:00'), 'Automatic reply: away', { automated: true }),
  ];

  it('makes step 1 of a new cadence due Wed 4 Nov (21 Oct + 14), when the 30-day gap began to be one', () => {
    const cadence = cadenceOf(history);
    expect(cadence.goneCold).toBe(true);
    expect(cadence.gaps.map((g) => g.days)).toEqual([30]);
    expect(cadence.nextDue).toEqual({ date: '2026-11-04', channel: 'email', step: 1, overdue: true, kind: 'step' });
  });

  it('does so in nextTouchDue too, for the team page', () => {
    expect(nextTouchDue(touchesOf(history), settings(), NOW)).toMatchObject({ date: '2026-11-04', step: 1 });
  });
});
