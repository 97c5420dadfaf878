// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RepRowView } from '../../../components/team/RepRowView';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, NOW, settings, task } from '../metrics/builders';
import { cacheWith } from './team-cache';

afterEach(cleanup);

/**
 * A team that logs touches only as tasks turns on "count completed tasks" (metrics.md): its
 * weekly bars and channel mix then count what the Touches column counts.
 */
describe('a rep whose touches are completed tasks, with the setting on', async () => {
  const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
  // One task against Jordan on each of the last 3 days (Tue–Thu of this week in Los Angeles).
  const tasks = [1, 2, 3].map((d) => task(daysAgo(d), { owner: 'Alex Morgan', title: `Task ${d}` }));
  const db = await cacheWith({ activities: tasks, contacts: [contact()] });
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings({ countCompletedTasks: true }),
    now: NOW,
  });
  const row = view.reps.find((r) => r.rep === 'Alex Morgan');

  it('puts them in the weekly bars as in the Touches column', () => {
    expect(row?.counts.total).toBe(3);
    const weeks = view.weekly.find((w) => w.rep === 'Alex Morgan')?.weeks ?? [];
    expect(weeks.map((w) => w.touches)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('names them in the channel mix instead of "no touches"', () => {
    if (!row) throw new Error('no row for Alex Morgan');
    const { container } = render(
      <table>
        <tbody>
          <RepRowView row={row} />
        </tbody>
      </table>,
    );
    expect(container.querySelector('.tl-mix')?.textContent).toBe('3 completed tasks');
  });
});
