// @vitest-environment happy-dom
/**
 * contracts.md: `rep-touches-per-contact` (2 decimals); metrics.md: touches per contact = touches in
 * period / active contacts. Alex made 107 touches (emails) over 40 active contacts in the last 30
 * days: 27 contacts got 3 emails, 13 got 2. 107 / 40 = 2.675 exactly, which to 2 decimals is 2.68
 * (half up, and half to even alike: 7 is odd). The team page shows 2.67: toFixed(2) on the binary
 * double 2.67499999… rounds a true half down.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RepRowView } from '../../../components/team/RepRowView';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contactKey, email, NOW, settings } from '../metrics/builders';
import { cacheWith } from '../team/team-cache';

const DAY = 86_400_000;
const ago = (d: number, h: number) => new Date(NOW.getTime() - d * DAY - h * 3_600_000).toISOString();

describe('touches per active contact to 2 decimals', () => {
  it('107 touches over 40 active contacts shows 2.68', async () => {
    const activities = [];
    for (let c = 0; c < 40; c++) {
      const n = c < 27 ? 3 : 2;
      for (let i = 0; i < n; i++)
        activities.push(
          email(ago(2 + i * 5, c % 10), `Note ${c}-${i}`, { contactKeys: [contactKey(String(3000 + c))] }),
        );
    }
    const db = await cacheWith({ activities });
    const v = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const alex = v.reps.find((r) => r.rep === 'Alex Morgan');
    if (!alex) throw new Error('no row for Alex Morgan');
    expect([alex.counts.total, alex.perContact.activeContacts]).toEqual([107, 40]);
    const host = document.createElement('table');
    const body = document.createElement('tbody');
    host.append(body);
    render(<RepRowView row={alex} />, body);
    const cell = body.querySelector('[data-metric="rep-touches-per-contact"]');
    expect(cell?.getAttribute('data-value')).toBe('2.68');
    expect(cell?.textContent).toBe('2.68');
  });
});
