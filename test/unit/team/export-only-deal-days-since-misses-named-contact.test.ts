import { describe, expect, it } from 'vitest';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { call, deal, email, history, JORDAN, NOW } from '../metrics/builders';
import { teamViewOf } from './team-cache';

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/**
 * docs/team-view.md (Deals): "days since any touch on the deal or its contacts". A deal known only
 * from a deal export lists no contacts (contacts: []), so lib/team/read-rows.ts readDealActivities
 * reads only the activities filed under the deal itself. Its row then states a confident
 * "12 days" while the contact an activity export named *on that deal* (Jordan, with the deal in
 * the same row) was emailed yesterday. With no touch at all the row already says "not known (no
 * contacts in the export)" (components/team/deal-row-words.ts); with one deal touch it claims an
 * exact figure that ignores the deal's known contact.
 */
describe('days since a touch on a deal known only from a deal export, whose contact an activity export named with it', () => {
  const daysSince = async (lastReadAt: string) => {
    const d = deal({
      name: 'Imported renewal',
      stage: 'Proposal',
      stageHistory: history(['Proposal', ago(5)]),
      contacts: [],
      lastReadAt,
    });
    const view = await teamViewOf({
      deals: [d],
      activities: [
        call(ago(12), 'connected', { origin: 'import', contactKeys: [JORDAN], dealKeys: [d.key] }),
        email(ago(1), 'Pricing follow-up', { origin: 'import', contactKeys: [JORDAN], dealKeys: [] }),
      ],
    });
    return view.deals.find((r) => r.key === d.key)?.daysSinceTouch;
  };

  it('counts the touch on that contact, rather than a confident 12 days', async () => {
    // Was: 12.
    expect(await daysSince(NOT_READ_FROM_A_PAGE)).toBe(1);
  });

  it("reads a page-read deal's contacts from its page, as its panel does, not from its activities", async () => {
    // The page showed the deal without contacts: its panel reads the deal's own activities only.
    expect(await daysSince(NOW.toISOString())).toBe(12);
  });
});
