import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, reply, settings } from './builders';

/**
 * metrics.md, Reply rate: an outbound email is answered when a (non-automated) inbound email follows
 * it before the next outbound email. A reply the page dates only ("Oct 21") on the day of an email
 * sent at 09:00 that day follows it (the code's own reply order says so).
 *
 * NOW is Fri 20 Nov 2026 07:00 in Los Angeles; "last 30 days" is the 30 x 24 hours ending now, so it
 * starts Wed 21 Oct 08:00 (PDT). The 09:00 email is in the period; its date-only reply is stored at
 * 21 Oct 00:00, before the period's first instant, although it came after the email.
 * By hand: 1 outbound email, answered -> reply rate 1 of 1 (1.0); touches to first reply = 1.
 */
describe('a reply the page dated only, on the first day of the period', () => {
  const sent = email(at('2026-10-21 09:00'));
  const answer = reply(at('2026-10-21 00:00'), 'Re: Route pricing v2', { timePrecision: 'day' });
  const view = buildContactView({ contact: contact(), activities: [sent, answer], settings: settings(), now: NOW });

  it('answers the email sent that morning: 1 of 1, not "0 of 1 emails answered"', () => {
    expect(view.outcomes.replyRate).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  it('is the first reply, after 1 outbound touch ("no reply in period" would be wrong)', () => {
    expect(view.outcomes.touchesToFirstReply).toBe(1);
  });
});
