import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { withTimelineReadInPart } from '../../../lib/metrics/timeline-read-in-part';
import { at, contact, email, loadMoreUnder, NOW, settings } from './builders';

/**
 * Fifteen follow-up emails to Jordan Lee in November and not one reply, connect or meeting: the
 * vanity flag (metrics.md: more touches in 30 days than the top of the motion's band). The timeline
 * loaded back to the intro email of 22 Jun 2026 and hid only older items behind "Load more": those
 * are older than the flag's 30 days, which were read whole, so the flag stands. The weekly trend
 * reaches back only 90 days and never to June: the feed's oldest item shows how far the page loaded.
 */
const FOLLOW_UPS = Array.from({ length: 15 }, (_, i) =>
  email(at(`2026-11-${String(1 + i).padStart(2, '0')} 09:00`), `Follow-up ${i + 1}`),
);

function vanityOnLoadMorePage(activities = FOLLOW_UPS): boolean {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  expect(view.outcomes.vanity).toBe(true); // read in full, the flag is right
  return withTimelineReadInPart(view, [loadMoreUnder(activities)]).outcomes.vanity;
}

describe('the vanity flag on a Load-more page', () => {
  it('stands when a touch read is older than its 30 days, even beyond the 90-day trend', () => {
    expect(vanityOnLoadMorePage([email(at('2026-06-22 09:00'), 'Intro: route pricing'), ...FOLLOW_UPS])).toBe(true);
  });

  it('is not raised when the touches read start within its 30 days: an older reply may be unloaded', () => {
    expect(vanityOnLoadMorePage()).toBe(false);
  });
});
