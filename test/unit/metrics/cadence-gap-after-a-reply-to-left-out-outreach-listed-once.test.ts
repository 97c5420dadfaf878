import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, reply, settings } from './builders';

/**
 * metrics.md "Cadence and cadence gaps": a gap is an interval between consecutive outbound touches
 * (or from the last one to now) longer than its limit; each interval is one gap. Automated touches
 * left out (countAutomated false). Mid-market cadence (0 email, 2 call, ...), follow-up limit 14,
 * LA, now Fri 20 Nov 2026 07:00, period the last 30 days (from 21 Oct).
 *
 * Call Mon 7 Sep, reply Tue 8 Sep; sequence email (left out) Mon 5 Oct, answered Tue 6 Oct;
 * the rep emails Mon 26 Oct (a new cadence after 20 silent days: step 1) and nothing since.
 * Intervals in the period: 6 Oct -> 26 Oct (20 days, over the follow-up limit) and
 * 26 Oct -> now (25 days, step 2 was due 2 business days after 26 Oct): two gaps, each once.
 */
describe('gaps after a reply to a left-out sequence email, then a new cadence', () => {
  it('lists the silence and the late step 2 once each: [20, 25]', () => {
    const cadence = buildContactView({
      contact: contact(),
      activities: [
        call(at('2026-09-07 10:00'), 'no-answer'),
        reply(at('2026-09-08 10:00'), 'Re: Following up'),
        email(at('2026-10-05 08:00'), 'Fleet routing for Contoso', { automated: true }),
        reply(at('2026-10-06 09:00'), 'Re: Fleet routing for Contoso'),
        email(at('2026-10-26 10:00'), 'Picking this back up'),
      ],
      settings: settings({ countAutomated: false }),
      now: NOW,
    }).cadence;
    expect(cadence.gaps.map((g) => g.days)).toEqual([20, 25]);
  });
});
