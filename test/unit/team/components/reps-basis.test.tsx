// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RepsSection } from '../../../../components/team/RepsSection';
import { loadTeamView } from '../../../../lib/team/load-team-view';
import { contact, email, NOW, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

afterEach(cleanup);

describe('what the reps section says its rows are based on', () => {
  it("names the motion's real band, not 0–0, when no rep has a touch", async () => {
    const db = await cacheWith({
      activities: [email(new Date(NOW.getTime() - 2 * 86_400_000).toISOString(), 'Hi', { owner: 'Alex Morgan' })],
      contacts: [contact()],
    });
    // An owner with no touch in the weeks read: no rep row, no team row.
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market', owner: 'Nobody Here' },
      settings: settings(),
      now: NOW,
    });
    expect(view.team).toBeNull();
    const { container } = render(<RepsSection view={view} />);
    const text = container.textContent ?? '';
    // Mid-market outbound: 8 to 14 (metrics.md, Benchmark bands).
    expect(text).toContain('band (8–14)');
  });

  it('says the pipeline filter leaves the rep rows counting every pipeline', async () => {
    const db = await cacheWith({
      activities: [email(new Date(NOW.getTime() - 2 * 86_400_000).toISOString(), 'Hi', { owner: 'Alex Morgan' })],
      contacts: [contact()],
    });
    const text = async (pipeline?: string) => {
      const filters = { period: '30d' as const, motion: 'mid-market' as const, ...(pipeline ? { pipeline } : {}) };
      const view = await loadTeamView({ db, filters, settings: settings(), now: NOW });
      const { container } = render(<RepsSection view={view} />);
      const said = container.textContent ?? '';
      cleanup();
      return said;
    };
    expect(await text('Renewals')).toContain('The pipeline filter narrows the deals and the funnel only');
    expect(await text()).not.toContain('pipeline filter');
  });
});
