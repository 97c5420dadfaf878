import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, settings, social } from './builders';

/**
 * Review regress56a (s56), commit 4b3f9b7. Jordan Lee went through the whole mid-market cadence
 * (0 email, 2 call, 4 email, 7 call, 10 social, 14 email; business days), Los Angeles, now Fri 20 Nov:
 *   Mon 26 Oct email · Wed 28 Oct call · Fri 30 Oct email "Re: Route pricing v2" whose sender the page
 *   did not show (a Pipedrive mail from Jordan's colleague, mail-direction.ts) · Wed 4 Nov call ·
 *   Mon 9 Nov LinkedIn · Fri 13 Nov email.
 * Six outbound steps: the cadence is done, only the follow-up remains, due on the last touch's
 * channel 14 days after it: Fri 27 Nov (metrics.md, Gap: "after the last step ... the follow-up
 * limit"). Had the 30 Oct mail come from Jordan's side the cadence would have ended at it, and the
 * follow-up would be due the very same day on the very same channel (it counts from the last
 * touch). unread-direction-caveat.ts says so itself: "a cadence already ended ... is due the same way
 * whichever side they came from". At 882c5ae the follow-up stood bare; at HEAD it says "had it come
 * from the contact, the cadence would have ended": a doubt that changes nothing it qualifies.
 */
describe('a finished cadence with one step of unread direction', () => {
  const view = buildContactView({
    contact: contact(),
    activities: [
      email(at('2026-10-26 09:00'), 'Route pricing'),
      call(at('2026-10-28 10:00'), 'no-answer'),
      email(at('2026-10-30 11:00'), 'Re: Route pricing v2', { direction: 'unknown', owner: undefined }),
      call(at('2026-11-04 10:00'), 'no-answer'),
      social(at('2026-11-09 09:30')),
      email(at('2026-11-13 09:00'), 'Closing the loop on route pricing'),
    ],
    settings: settings(),
    now: NOW,
  });

  it('(control) the follow-up is due Fri 27 Nov by email', () => {
    expect(view.cadence.nextDue).toMatchObject({ kind: 'follow-up', date: '2026-11-27', channel: 'email' });
  });

  it('carries no caveat about that mail’s direction: the follow-up is due the same either way', () => {
    expect(view.cadence.nextDueReason ?? '').not.toContain('direction the page did not show');
  });
});
