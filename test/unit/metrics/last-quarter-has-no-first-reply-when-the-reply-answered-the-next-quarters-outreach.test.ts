import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, reply, settings } from './builders';

/**
 * Review regress56a (s56), commit 6084a03. A manager looks at last quarter (Q3 2026, 1 Jul – 30 Sep,
 * Los Angeles) on Jordan Lee's HubSpot page; today is Fri 20 Nov:
 *   Tue 29 Sep 16:10  email "Route pricing"              outbound  (Q3's only touch)
 *   Tue  6 Oct 09:00  email "Following up on pricing"    outbound  (Q4)
 *   Tue 13 Oct 10:30  call, no answer                    outbound  (Q4)
 *   Tue 20 Oct 09:00  email "Q4 lanes: last try"         outbound  (Q4)
 *   Wed 21 Oct 08:45  email "Re: Q4 lanes: last try"     inbound   Jordan answers the Q4 email
 *
 * metrics.md, Reply rate (rates.ts): an email is answered when a reply follows it before the next
 * outbound email; Q3's one email was followed by Q4's before any reply: 0 of 1 answered. Q3 had no
 * reply. At 882c5ae the card said "no reply in period"; at HEAD it says Q3's first reply came after
 * 4 outbound touches, three of them sent in Q4, beside "0 of 1 emails answered": the late-reply rule
 * ("a reply just after an ended period to that period's outreach") takes any later reply, however
 * much of the next quarter's outreach it answered.
 */
describe('last quarter: a reply in October that answers October outreach, not Q3’s', () => {
  const view = buildContactView({
    contact: contact(),
    activities: [
      email(at('2026-09-29 16:10'), 'Route pricing'),
      email(at('2026-10-06 09:00'), 'Following up on pricing'),
      call(at('2026-10-13 10:30'), 'no-answer'),
      email(at('2026-10-20 09:00'), 'Q4 lanes: last try'),
      reply(at('2026-10-21 08:45'), 'Re: Q4 lanes: last try'),
    ],
    settings: settings({ period: 'last-quarter' }),
    now: NOW,
  });

  it('(control) the reply rate says Q3’s email went unanswered: 0 of 1', () => {
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('has no first reply in Q3 (not "after 4", counting October’s touches into Q3)', () => {
    expect(view.outcomes.touchesToFirstReply).toBeNull();
  });
});
