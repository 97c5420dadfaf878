// Review s36 (regression of a99d12a): a reply later than the follow-up limit ends the cadence;
// the rep's answer the next day is no new cadence. Expected values by hand from metrics.md
// "Cadence and cadence gaps": "A new cadence starts at the first outbound touch after a silence
// longer than the follow-up limit"; "An inbound reply ends the cadence: from then on only the
// follow-up limit applies"; "Gone cold: no touch in either direction for longer than the
// follow-up limit ... A contact with a single outbound touch and nothing after it is flagged once
// step 2 is a gap".
import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, reply, settings } from './builders';

// NOW: Friday 20 Nov 2026, 7:00 Los Angeles. Mid-market cadence (step 2 = 2 business days + 1 grace),
// follow-up limit 14 calendar days.
const cadenceOf = (activities: Parameters<typeof buildContactView>[0]['activities']) =>
  buildContactView({ contact: contact(), activities, settings: settings({ period: '90d' }), now: NOW }).cadence;

describe('the contact answers 22 days after the rep’s email, the rep writes back the next day', () => {
  // Mon Oct 19 email; Tue Nov 10 the contact answers (22 days: step 2 long late, a gap up to the
  // reply); Wed Nov 11 the rep answers. The silence before Nov 11 is 1 day, so Nov 11 starts no new
  // cadence: after the reply only the follow-up limit applies. Nov 11 → Nov 20 is 9 days ≤ 14.
  const activities = () => [
    email(at('2026-10-19 09:00'), 'Route pricing'),
    reply(at('2026-11-10 09:00'), 'Re: Route pricing'),
    email(at('2026-11-11 09:00'), 'Re: Re: Route pricing'),
  ];

  it('one gap, Oct 19 → Nov 10 (22 days); the rep’s answer opens no step gap', () => {
    const cadence = cadenceOf(activities());
    expect(cadence.gaps.map((g) => [g.from.slice(0, 10), g.to.slice(0, 10), g.days])).toEqual([
      ['2026-10-19', '2026-11-10', 22],
    ]);
  });

  it('has not gone cold: last touch 9 days ago, and the contact had two outbound touches, not one', () => {
    const cadence = cadenceOf(activities());
    expect(cadence.goneCold).toBe(false);
  });

  it('the next touch due is the follow-up, Nov 25 (Nov 11 + 14), not overdue', () => {
    const cadence = cadenceOf(activities());
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-25', kind: 'follow-up', overdue: false });
  });
});
