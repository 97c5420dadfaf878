import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { withTimelineReadInPart } from '../../../lib/metrics/timeline-read-in-part';
import type { Activity } from '../../../lib/schema/activity';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, contact, email, loadMoreUnder, NOW, settings } from './builders';

/**
 * A long history behind a "load older" control: what the page did not load is older than every
 * item it showed. The vanity flag (over 14 touches in the last 30 days with no reply, connect or
 * meeting, mid-market band; NOW is 20 Nov 2026) was dropped whenever the timeline was read in part;
 * once the touches read reach back before those 30 days, none not loaded can fall in them.
 */
const fifteenEmails = Array.from({ length: 15 }, (_, i) =>
  email(at(`2026-11-${String(i + 2).padStart(2, '0')} 09:00`)),
);

const viewOf = (activities: Activity[]) =>
  buildContactView({
    contact: contact({ createdAt: at('2026-06-01 08:00') }),
    activities,
    settings: settings({ motion: 'mid-market' }),
    now: NOW,
  });

describe('vanity flag on a timeline whose older items were not loaded', () => {
  it('is kept when the touches read reach back before the last 30 days', () => {
    const shown = [email(at('2026-09-14 09:00')), email(at('2026-09-22 09:00')), ...fifteenEmails];
    const read = viewOf(shown);
    expect(read.outcomes.vanity).toBe(true);
    expect(withTimelineReadInPart(read, [loadMoreUnder(shown)]).outcomes.vanity).toBe(true);
  });

  it('(control) is dropped when the touches read do not reach back 30 days: older ones may be in them', () => {
    const shown = [email(at('2026-10-26 09:00')), ...fifteenEmails];
    const read = viewOf(shown);
    expect(read.outcomes.vanity).toBe(true);
    expect(withTimelineReadInPart(read, [loadMoreUnder(shown)]).outcomes.vanity).toBe(false);
  });

  it('(control) is dropped when newer items may be unread too, however far back the touches read go', () => {
    const shown = [email(at('2026-09-14 09:00')), ...fifteenEmails];
    const read = viewOf(shown);
    expect(read.outcomes.vanity).toBe(true);
    const filtered: NotRead[] = [
      loadMoreUnder(shown),
      { field: 'activities', reason: 'the timeline is filtered to "Emails"' },
    ];
    expect(withTimelineReadInPart(read, filtered).outcomes.vanity).toBe(false);
  });
});
