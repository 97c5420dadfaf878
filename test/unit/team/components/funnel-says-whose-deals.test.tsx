// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartsSection } from '../../../../components/team/charts/ChartsSection';
import type { TeamFilters } from '../../../../lib/team/filters';
import { loadTeamView } from '../../../../lib/team/load-team-view';
import { call, contact, deal, history, NOW, RITA, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();
const noChart = () => Promise.reject(new Error('no canvas here'));

const inDemo = { stage: 'Demo', stageHistory: history(['Demo', daysAgo(5)]) };
const otherPortal = (id: string) => ({
  crm: 'hubspot' as const,
  tenant: '999',
  key: `hubspot:999:deal:${id}`,
  recordId: id,
});

const cache = () =>
  cacheWith({
    activities: [
      call(daysAgo(1), 'connected', { owner: 'Alex Morgan' }),
      call(daysAgo(4), 'no-answer', { owner: 'Casey Nguyen', contactKeys: [RITA] }),
    ],
    deals: [
      // Portal 4410982's "Sales pipeline": 1 of Alex's deals, 2 of Casey's.
      deal({ name: 'A1', owner: 'Alex Morgan', ...inDemo }),
      deal({ name: 'C1', owner: 'Casey Nguyen', ...inDemo }),
      deal({ name: 'C2', owner: 'Casey Nguyen', ...inDemo }),
      // Portal 999's "Sales pipeline" (another pipeline with the same name): 4 of Alex's deals.
      ...['1', '2', '3', '4'].map((id) =>
        deal({ ...otherPortal(id), name: `X${id}`, owner: 'Alex Morgan', ...inDemo }),
      ),
    ],
    contacts: [contact()],
  });

async function charts(filters: Omit<TeamFilters, 'period' | 'motion'>) {
  const db = await cache();
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market', ...filters },
    settings: settings(),
    now: NOW,
  });
  const { container } = render(<ChartsSection view={view} load={noChart} />);
  return { view, text: container.textContent ?? '' };
}

describe('the stage funnel says whose deals it counts', () => {
  it('says the funnel is the chosen owner’s deals, not every deal of its pipeline', async () => {
    const { view, text } = await charts({ owner: 'Casey Nguyen' });
    // The funnel holds Casey's 2 deals, not the pipeline's 3.
    expect(view.funnel?.deals).toBe(2);
    // The owner filter narrows every section (team-view.md: only the pipeline filter is said to narrow
    // less), so the funnel stays Casey's and its basis line and title say so.
    expect(text).not.toMatch(/the funnel from every stored deal of its pipeline/);
    expect(text).toContain("the funnel from every stored deal of Casey Nguyen's in its pipeline, open or closed");
    expect(text).toContain("(Casey Nguyen's 2 deals, open and closed)");
  });

  it('names the CRM account of the pipeline it draws when two accounts have a pipeline of that name', async () => {
    // No account chosen; the pipeline filter "Sales pipeline" keeps the 7 open deals of both portals
    // in the Deals section, while the funnel draws portal 999's 4 deals only.
    const { view, text } = await charts({ pipeline: 'Sales pipeline' });
    expect(view.deals).toHaveLength(7);
    expect(view.funnel?.deals).toBe(4);
    const title = [...text.matchAll(/Stage funnel:[^)]*\)/g)].map((m) => m[0])[0] ?? '';
    expect(title).toMatch(/999/);
  });
});
