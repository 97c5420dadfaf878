// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { deal, history, NOW, settings } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/**
 * A deal known only from a deal export: exports list no contacts, so Touchline does not know who is
 * on the deal. "0 of 0 contacts worked" would say the deal has none; the cell says it is not known.
 */
describe('deal row of a deal known only from an export', () => {
  it('shows its contacts as not in the export, not "0 of 0"', async () => {
    const d = deal({
      name: 'Imported renewal',
      stage: 'Proposal',
      stageHistory: history(['Proposal', ago(5)]),
      contacts: [],
      lastReadAt: NOT_READ_FROM_A_PAGE,
    });
    const db = await cacheWith({ activities: [], deals: [d], contacts: [] });
    const { container } = await dealRowShown(db, d.key);
    const cell = container.querySelector<HTMLElement>('[data-metric="contacts-touched"]');
    expect(cell?.dataset.value).toBe('');
    expect(cell?.dataset.reason).toBe('not-in-export');
    expect(cell?.textContent).not.toMatch(/0 of 0/);
  });

  it('a deal read from a page with no contacts still shows "0 of 0"', async () => {
    const d = deal({ name: 'Page deal', stage: 'Proposal', stageHistory: history(['Proposal', ago(5)]), contacts: [] });
    const db = await cacheWith({ activities: [], deals: [d], contacts: [] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.deals.find((r) => r.key === d.key)).toMatchObject({ contactsWorked: 0, contactsOnDeal: 0 });
  });
});
