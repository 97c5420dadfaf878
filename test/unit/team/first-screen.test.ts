import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_DEALS } from '../../../lib/team/deal-figures';
import { loadTeamView } from '../../../lib/team/load-team-view';
import type { TeamView } from '../../../lib/team/team-view';
import { contact, contactKey, deal, email, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const DEALS = FIRST_SCREEN_DEALS + 30;

/** Deal i has been in Demo for i % 50 days, and its one contact was last emailed (i % 9) + 1 days ago. */
function cache() {
  const contacts = Array.from({ length: DEALS }, (_, i) =>
    contact({ key: contactKey(String(7000 + i)), recordId: String(7000 + i), name: `Contact ${i}` }),
  );
  const deals = Array.from({ length: DEALS }, (_, i) =>
    deal({
      name: `Deal ${i}`,
      stage: 'Demo',
      stageHistory: history(['Demo', daysAgo(i % 50)]),
      contacts: [{ id: String(7000 + i), name: `Contact ${i}` }],
    }),
  );
  const activities = contacts.map((c, i) =>
    email(daysAgo((i % 9) + 1), `Mail ${i}`, { contactKeys: [c.key], key: `hubspot:1:activity:${i}` }),
  );
  return { db: cacheWith({ contacts, deals, activities }), deals };
}

const RANK = { stalled: 0, watch: 1, none: 2 };

afterEach(() => vi.restoreAllMocks());

describe('the team view with more open deals than a screen', () => {
  it('shows every figure and the first screen of deal rows before reading the other deals', async () => {
    const { db } = cache();
    const reads = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    const dealReads = () => reads.mock.contexts.filter((index) => (index as IDBIndex).name === 'byDeal').length;
    let first: { view: TeamView; dealReads: number } | undefined;
    const full = await loadTeamView({
      db: await db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
      onFirstScreen: (view) => {
        first = { view, dealReads: dealReads() };
      },
    });
    expect(first?.dealReads).toBe(FIRST_SCREEN_DEALS);
    expect(first?.view.dealsPending).toBe(30);
    expect(first?.view.deals).toEqual(full.deals.slice(0, FIRST_SCREEN_DEALS));
    expect(first?.view.reps).toEqual(full.reps);
    expect(first?.view.followUps).toEqual(full.followUps);
    expect(full.dealsPending).toBe(0);
    expect(full.deals).toHaveLength(DEALS);
  });

  it('gives every deal the row it would have alone, in the stalled, watch, on-track order', async () => {
    const { db, deals } = cache();
    const full = await loadTeamView({
      db: await db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const index = new Map(deals.map((d, i) => [d.key, i]));
    for (const row of full.deals) {
      const i = index.get(row.key) as number;
      expect([row.daysInStage, row.daysSinceTouch, row.contactsWorked]).toEqual([i % 50, (i % 9) + 1, 1]);
    }
    const ranks = full.deals.map((row) => RANK[row.warning]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(3);
  });
});
