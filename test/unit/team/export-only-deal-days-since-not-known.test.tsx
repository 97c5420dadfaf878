// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { deal, history, NOW } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/**
 * metrics.md "When a number cannot be computed": shown as "—" with the reason, never as a
 * confident figure. docs/team-view.md: a deal export lists no contacts, so the row's contacts are
 * "not in the export" rather than "0 of 0".
 *
 * A renewal known only from a deal export (never opened in Touchline, no activity import naming
 * it): Touchline does not know its contacts, so it cannot look for touches on them. Its row says
 * "Days since a touch: never" (data-reason "no-touches"), a statement that nobody ever touched
 * it, and sorts it as the longest untouched deal of all. What the page holds supports only
 * "not known": the same reason the Contacts worked cell gives.
 */
describe('days since a touch on a deal known only from a deal export (metrics.md: not computed, not a confident figure)', () => {
  it('does not say "never" touched when its contacts and activities were never read', async () => {
    const d = deal({
      name: 'Imported renewal',
      stage: 'Proposal',
      stageHistory: history(['Proposal', ago(5)]),
      contacts: [],
      lastReadAt: NOT_READ_FROM_A_PAGE,
    });
    const db = await cacheWith({ activities: [], deals: [d], contacts: [] });
    const { container } = await dealRowShown(db, d.key);
    const cell = container.querySelector<HTMLElement>('[data-metric="days-since-last-touch"]');
    expect(cell?.dataset.value).toBe('');
    expect(cell?.dataset.reason).not.toBe('no-touches');
    expect(cell?.textContent).not.toBe('never');
  });
});
