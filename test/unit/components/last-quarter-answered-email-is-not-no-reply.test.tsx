// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, reply, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * A manager reviews last quarter (Q3 2026, 1 Jul - 30 Sep in Los Angeles) on Jordan Lee's page:
 *   Tue 15 Sep 09:00  email "Route pricing"        outbound
 *   Thu 17 Sep 10:30  call, no answer              outbound
 *   Tue 22 Sep 09:00  email "Route pricing v2"     outbound
 *   Tue 29 Sep 16:10  email "Q4 pricing"           outbound
 *   Thu  1 Oct 08:45  email "Re: Q4 pricing"       inbound: Jordan answers the last Q3 email
 *
 * metrics.md, Reply rate: an outbound email is answered when an inbound email follows it before the
 * next outbound one. Of Q3's three emails the one of 29 Sep is answered: 1 of 3 (0.33); the code
 * agrees (it lets the period pick the emails, "not when they may be answered").
 * Review misread56 (s56): the same card then said "no reply in period" under "1 of 3 emails answered": one card, two
 * answers to "did Jordan reply to this quarter's outreach?". By metrics.md ("outbound touches before
 * the first inbound reply") the reply that answered Q3's email came after 4 outbound touches.
 */
describe('last quarter: an email of the quarter answered just after it', () => {
  const view = buildContactView({
    contact: contact(),
    activities: [
      email(at('2026-09-15 09:00'), 'Route pricing'),
      call(at('2026-09-17 10:30'), 'no-answer'),
      email(at('2026-09-22 09:00'), 'Route pricing v2'),
      email(at('2026-09-29 16:10'), 'Q4 pricing'),
      reply(at('2026-10-01 08:45'), 'Re: Q4 pricing'),
    ],
    settings: settings({ period: 'last-quarter' }),
    now: NOW,
  });

  it('(control) counts the email of 29 Sep as answered: 1 of 3', () => {
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'reply-rate').dataset.value).toBe('0.33');
    expect(container.querySelector('section[aria-label="Outcomes"]')?.textContent).toContain('1 of 3 emails answered');
  });

  it('does not say "no reply in period" beside "1 of 3 emails answered"', () => {
    const { container } = renderPanel({ status: 'ready', view });
    const card = container.querySelector('section[aria-label="Outcomes"]')?.textContent ?? '';
    expect(card).not.toContain('no reply in period');
    expect(card).toContain('first reply after 4 outbound touches');
  });
});
