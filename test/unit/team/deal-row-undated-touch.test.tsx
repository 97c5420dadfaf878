// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { sortDeals } from '../../../components/team/deal-sort';
import { contact, deal, email, history, JORDAN, NOW, settings, undated } from '../metrics/builders';
import { dealRowShown } from './deal-row-shown';
import { cacheWith } from './team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const ALEX = 'Alex Morgan';

describe('deal row: days since any touch when the only touch has no readable date', () => {
  // Jordan's page shows one email whose date Touchline could not read ("2026年11月18日", a Japanese
  // date, not read: s31 "Not fixed"). metrics.md (deal-contacts noRecentActivity): such touches are
  // touches of unknown age; the panel says "only touches without a readable date", never "never".
  it('does not say the deal was never touched', async () => {
    const d = deal({
      name: 'Pilot with an unread date',
      stage: 'Demo',
      stageHistory: history(['Demo', ago(5)]),
      contacts: [{ id: '901', name: 'Jordan Lee' }],
    });
    const db = await cacheWith({
      activities: [undated('2026年11月18日 15:15', { owner: ALEX, contactKeys: [JORDAN], dealKeys: [d.key] })],
      deals: [d],
      contacts: [contact()],
    });
    const { row, container } = await dealRowShown(db, d.key);
    const cell = container.querySelector('[data-metric="days-since-last-touch"]');
    expect(cell?.textContent).not.toBe('never');
    expect(cell?.getAttribute('data-reason')).not.toBe('no-touches');
    expect(cell?.getAttribute('data-reason')).toBe('undated-touches');
    expect(cell?.textContent).toBe('only touches without a readable date');
    // Of unknown age, so not the longest untouched: after a deal never touched, either way.
    const never = { ...row, key: 'never', undatedTouches: undefined };
    expect(sortDeals([row, never], 'since', 'descending').map((r) => r.key)).toEqual(['never', d.key]);
    expect(sortDeals([row, never], 'since', 'ascending').map((r) => r.key)).toEqual(['never', d.key]);
  });
});

describe('deal row: days since any touch when the only touches are automated and not counted', () => {
  // metrics.md: with the setting off, automated touches leave every touch figure (days since the
  // last touch included) and are shown apart; the deal was touched, so not "never" (the panel
  // says "only automated touches, which are not counted").
  it('says the touches are automated, not that the deal was never touched', async () => {
    const d = deal({
      name: 'Pilot in a sequence',
      stage: 'Demo',
      stageHistory: history(['Demo', ago(5)]),
      contacts: [{ id: '901', name: 'Jordan Lee' }],
    });
    const db = await cacheWith({
      activities: [email(ago(2), 'Step 1', { owner: ALEX, contactKeys: [JORDAN], automated: true })],
      deals: [d],
      contacts: [contact()],
    });
    const { container } = await dealRowShown(db, d.key, settings({ countAutomated: false }));
    const cell = container.querySelector('[data-metric="days-since-last-touch"]');
    expect(cell?.getAttribute('data-reason')).toBe('automated-not-counted');
    expect(cell?.textContent).toBe('only automated touches, not counted');
  });
});
