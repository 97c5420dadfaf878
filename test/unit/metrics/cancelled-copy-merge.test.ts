import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, deal, history, JORDAN, meeting, NOW, settings } from '../metrics/builders';

/**
 * metrics.md, Duplicate: "Duplicates are merged before any count"; the merged touch keeps "a known
 * outcome over unknown". Meetings: a meeting with a cancelled or no-show outcome is not held, so not
 * a touch. One copy showing the outcome is enough: the copy that does not show it is the same meeting.
 */
describe('a meeting the contact page shows as cancelled, copied on the deal page without its outcome', () => {
  it('is no touch on the deal: the merged meeting keeps the known outcome', () => {
    const fleet = deal({
      stage: 'Demo',
      stageHistory: history(['Demo', '2026-11-02T18:00:00.000Z']),
      contacts: [{ id: '901', name: 'Jordan Lee' }],
    });
    // Jordan's page: the meeting with its CRM id, outcome "Canceled".
    const onContactPage = meeting(at('2026-11-18 10:00'), 'cancelled', { sourceId: '88120', contactKeys: [JORDAN] });
    // The deal's timeline: the same card (same title, same minute), no id read, no outcome shown.
    const onDealPage = meeting(at('2026-11-18 10:00'), null, { contactKeys: [], dealKeys: [fleet.key] });
    const view = buildDealView({
      deal: fleet,
      activities: [onContactPage, onDealPage],
      contacts: [],
      summaries: [],
      settings: settings(),
      now: NOW,
    });
    // Rule 3 (no id on one copy, same deal, channel, direction, title and minute): one meeting,
    // cancelled, so not held and not a touch: 0 touches, 0 meetings.
    expect(view.touches.total).toBe(0);
    expect(view.touches.byChannel.meeting).toBe(0);
  });
});
