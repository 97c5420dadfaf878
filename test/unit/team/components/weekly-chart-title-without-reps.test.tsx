// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartsSection } from '../../../../components/team/charts/ChartsSection';
import type { TeamView } from '../../../../lib/team/team-view';

afterEach(cleanup);

/*
 * With an owner chosen who has no touch in the weeks read (or an account of deals only), view.weekly is empty.
 * The weeks are counted from the reps' (`view.weekly[0]?.weeks`), so the chart was titled "Touches per week,
 * per rep (last 0 weeks)": it now says there is nothing to chart.
 */
describe('the weekly chart with no rep to show', () => {
  it('does not call its span "the last 0 weeks"', () => {
    const view = {
      filters: { period: '30d', motion: 'mid-market' },
      weekly: [],
      reps: [],
      funnel: null,
      basis: { activities: 0, contacts: 0, imported: 0 },
      periods: { current: { label: 'last 30 days' } },
    } as unknown as TeamView;
    render(<ChartsSection view={view} load={() => new Promise(() => undefined)} />);
    const title = document.querySelector('figcaption') as HTMLElement;
    expect(title.textContent).toMatch(/^Touches per week, per rep/);
    expect(title.textContent).not.toMatch(/last 0 weeks/);
    expect(title.textContent).toBe('Touches per week, per rep (no rep has a touch to chart)');
    expect(document.querySelector('canvas')?.getAttribute('aria-label')).not.toMatch(/0 reps|0 weeks/);
  });
});
