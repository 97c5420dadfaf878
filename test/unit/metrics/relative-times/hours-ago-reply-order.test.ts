import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../../adapters/page-variation';
import { noraView } from './hubspot-view';

/**
 * HubSpot contact page, read at the fixtures' clock (Fri 20 Nov 2026 15:00 UTC, zone UTC). Nora
 * wrote in first ("3 hours ago" = about 12:00 today); the rep answered her ("1 hour ago" = about
 * 14:00). Earlier today the rep made a connected call at 9:05. Nothing came in after the rep's answer.
 *
 * metrics.md, Reply rate: an outbound email is answered when an inbound email FOLLOWS it before the
 * next outbound email. The page itself says the order: Nora's email is 3 hours old, the rep's 1 hour.
 * By hand, period "last 7 days" (13 Nov 15:00 → 20 Nov 15:00):
 *   outbound emails: 1 (the 14:00 answer); an inbound email after it: none → 0 of 1 answered.
 *   touches to first reply: outbound touches before Nora's 12:00 email, before the period too: the
 *   email of Oct 20, the text of Oct 27, the calls of Oct 28 and Nov 3, the email of Nov 2 and the
 *   9:05 call → 6 (her 12:00 email is her first).
 *
 * Keyed by their day (contracts.md), the two emails still keep the times their counts give, so the
 * page's order stands; dated by the day alone, the rep's answer was "answered" by the email it answered.
 */
describe('HubSpot: the contact wrote "3 hours ago", the rep answered "1 hour ago"', () => {
  const page = fixturePage('hubspot', 'contact-relative-dates');
  const html = edited(
    page.html,
    [
      '<span data-test-id="event-timestamp">Yesterday at 4:45 PM</span>',
      '<span data-test-id="event-timestamp">3 hours ago</span>',
    ],
    [
      '<span data-test-id="event-timestamp">2 days ago</span>',
      '<span data-test-id="event-timestamp">1 hour ago</span>',
    ],
  );
  const reading = readPage(html, page.url);
  const view = noraView(reading, { period: '7d' });

  it('reads the two emails (control)', () => {
    const inbound = reading.activities.find((a) => a.sourceId === '80000002');
    const outbound = reading.activities.find((a) => a.sourceId === '80000003');
    expect(inbound).toMatchObject({ type: 'email', direction: 'inbound' });
    expect(outbound).toMatchObject({ type: 'email', direction: 'outbound' });
  });

  it("the rep's answer is not answered by the email it answered: reply rate 0 of 1", () => {
    expect(view.outcomes.replyRate).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('six outbound touches, the 9:05 call the last, before the first reply', () => {
    expect(view.outcomes.touchesToFirstReply).toBe(6);
  });
});
