import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, settings, undated } from './builders';

/**
 * metrics.md, Lead response time: first outbound touch time minus the contact's creation time; "not
 * shown when either is unknown". Jordan was created 1 Sep 08:00; the page shows an outbound call
 * whose date Touchline could not read ("letzten Dienstag" on a page without a readable language)
 * and a dated email on 16 Nov 09:00. The undated call may be the first response (it can be any
 * day since creation), so the time of the first outbound touch is unknown.
 * By hand: leadResponseHours = null (not "1826 hours": 16 Nov 09:00 minus 1 Sep 08:00).
 */
describe('lead response time with an outbound touch the page gave no readable date', () => {
  it('is not shown: the undated call may have been the first response', () => {
    const undatedCall = undated('letzten Dienstag', { type: 'call', channel: 'call', title: 'Call with Jordan Lee' });
    const view = buildContactView({
      contact: contact(),
      activities: [undatedCall, email(at('2026-11-16 09:00'))],
      settings: settings(),
      now: NOW,
    });
    expect(view.touches.undated).toBe(1);
    expect(view.outcomes.leadResponseHours).toBeNull();
  });
});
