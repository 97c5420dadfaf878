import { describe, expect, it } from 'vitest';
import { cadenceGaps } from '../../../lib/metrics/cadence-gaps';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import { at, email, reply, settings } from '../metrics/builders';

const BERLIN = 'Europe/Berlin';

/**
 * metrics.md, Cadence: a gap is an interval between consecutive outbound touches (or from the last
 * one to now) longer than the planned spacing plus 1 business day of grace; "an inbound reply ends
 * the cadence: from then on only the follow-up limit applies". Before the reply the cadence applies.
 */
describe('a step missed before the contact replied', () => {
  it('is a gap even though the contact replied later', () => {
    // Mid-market: step 1 email day 0, step 2 call day 2. Email Monday 2 Nov 2026 09:00 Berlin;
    // step 2 due Wednesday 4 Nov; with the grace the interval becomes a gap on Friday 6 Nov
    // (Tue, Wed, Thu, Fri = 4 business days > 2 + 1). No call came; the contact replied on
    // Thursday 12 Nov (8 business days later). Now: Monday 16 Nov.
    const now = new Date(at('2026-11-16 12:00', BERLIN));
    const { touches } = collectTouches([email(at('2026-11-02 09:00', BERLIN)), reply(at('2026-11-12 10:00', BERLIN))], {
      now,
      timeZone: BERLIN,
    });
    const gaps = cadenceGaps(touches, settings({ timeZone: BERLIN }), now);
    // The rep was a week late on step 2 before any reply: at least one gap starting at the email.
    expect(gaps.map((g) => g.from.toISOString())).toContain(at('2026-11-02 09:00', BERLIN));
  });
});
