// Review s36 (cadence and effort). Expected values worked out by hand from
// metrics.md "Cadence and cadence gaps" ("An inbound reply ends the cadence: from then on only the
// follow-up limit applies"; "a gap and a due date are measured the same way") and the README's
// changelog (0.7.3 "after a reply a gap counts from the reply"; 0.7.6 "a cadence step already late
// before the contact replied is a gap up to the reply"). Never from the code's own helpers.
import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, reply, settings } from './builders';

// NOW: Friday 20 Nov 2026, 7:00 Los Angeles. Mid-market cadence (step 2 = 2 business days + 1 grace).
const cadenceOf = (activities: Parameters<typeof buildContactView>[0]['activities']) =>
  buildContactView({ contact: contact(), activities, settings: settings({ period: '90d' }), now: NOW }).cadence;

describe('a reply that comes more than the follow-up limit after the rep’s email still ends the gap', () => {
  it('email Oct 1, the contact answers Nov 10: the gap runs Oct 1 → Nov 10, nothing is open now', () => {
    // Step 2 was late long before the reply: one gap from the email up to the reply, 40 calendar
    // days (Oct 1 → Nov 10). After the reply only the follow-up limit applies: Nov 10 → Nov 20 is
    // 10 days ≤ 14, no gap, which is what the follow-up due Nov 24 (not overdue) says too.
    const cadence = cadenceOf([email(at('2026-10-01 09:00')), reply(at('2026-11-10 09:00'), 'Re: Route pricing v2')]);
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-24', kind: 'follow-up', overdue: false });
    expect(cadence.gaps).toEqual([
      {
        from: new Date(at('2026-10-01 09:00')).toISOString(),
        to: new Date(at('2026-11-10 09:00')).toISOString(),
        days: 40,
      },
    ]);
  });

  it('email Oct 1, reply Oct 20, next email Nov 18: two gaps split at the reply, as with a reply on Oct 10', () => {
    // Oct 1 → Oct 20 (19 days: step 2 late, up to the reply), then Oct 20 → Nov 18 (29 days > 14,
    // the follow-up limit after the reply). A reply on Oct 10 gives the same split (9 + 39 days)
    // today; a reply 19 days after the email is no less a reply.
    const cadence = cadenceOf([
      email(at('2026-10-01 09:00')),
      reply(at('2026-10-20 09:00'), 'Re: Route pricing v2'),
      email(at('2026-11-18 09:00'), 'Checking back in'),
    ]);
    expect(cadence.gaps.map((g) => [g.from.slice(0, 10), g.to.slice(0, 10), g.days])).toEqual([
      ['2026-10-01', '2026-10-20', 19],
      ['2026-10-20', '2026-11-18', 29],
    ]);
  });
});
