// Review s36 (cadence and effort). Expected values worked out by hand from
// metrics.md "Cadence and cadence gaps" / "Gone cold"; never from the code's own helpers.
import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, reply, settings } from './builders';

// NOW is Friday 20 Nov 2026, 7:00 in Los Angeles (the builders' zone).
describe('an inbound lead answered once and then left: gone cold says it was a single touch', () => {
  it('inbound follow-up: the lead wrote Mon 16 Nov, the rep called back once, nothing since', () => {
    // metrics.md: a cadence starts at the first outbound touch; the lead's email is no earlier
    // cadence. Inbound follow-up cadence: 0 call, 0 email → step 2 spacing 0 + grace 1 business day,
    // Mon → Fri is 4 business days > 1: step 2 is a gap, so the lone call has gone cold.
    // There was never a cadence before this one: nothing "began again".
    const view = buildContactView({
      contact: contact(),
      activities: [
        reply(at('2026-11-16 09:00'), 'Question about fleet pricing'),
        call(at('2026-11-16 10:00'), 'voicemail'),
      ],
      settings: settings({ motion: 'inbound' }),
      now: NOW,
    });
    expect(view.cadence.goneCold).toBe(true);
    expect(view.cadence.goneColdReason).toMatch(/^A single call and nothing since/);
  });

  it('mid-market: the contact wrote first, the rep answered once by email, nothing since', () => {
    // Mid-market step 2 spacing 2 + grace 1 = 3 business days; Mon → Fri is 4: gone cold.
    const view = buildContactView({
      contact: contact(),
      activities: [reply(at('2026-11-16 09:00'), 'Pricing question'), email(at('2026-11-16 10:00'), 'Re: Pricing')],
      settings: settings(),
      now: NOW,
    });
    expect(view.cadence.goneCold).toBe(true);
    expect(view.cadence.goneColdReason).not.toMatch(/new cadence/i);
  });
});
