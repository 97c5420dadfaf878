import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, reply, settings } from '../metrics/builders';

const NY = 'America/New_York';

/**
 * metrics.md, Reply rate: "an outbound email counts as answered when a (non-automated) inbound
 * email follows it before the next outbound email". Whether an email was answered is a fact about
 * that email; the period decides which emails are counted, not whether the answer may come later.
 */
describe('reply rate for a period that ended before now (last quarter)', () => {
  it('counts the last email of the quarter as answered when the reply came the next morning', () => {
    // Q3 2026 ends 30 Sep. Email 30 Sep 16:00 New York, reply 1 Oct 09:00, nothing else.
    const activities = [email(at('2026-09-30 16:00', NY)), reply(at('2026-10-01 09:00', NY))];
    const view = buildContactView({
      contact: contact(),
      activities,
      settings: settings({ timeZone: NY, period: 'last-quarter' }),
      now: new Date(at('2026-11-20 12:00', NY)),
    });
    // One outbound email in Q3, answered before any next outbound email: 1 of 1.
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
  });
});
