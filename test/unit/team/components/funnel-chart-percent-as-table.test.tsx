// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import type { ChartConfiguration } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartsSection } from '../../../../components/team/charts/ChartsSection';
import type { ChartClass } from '../../../../components/team/charts/load-chart';
import type { TeamView } from '../../../../lib/team/team-view';

afterEach(cleanup);

/*
 * The funnel chart labels each stage with its share moved on with formatPercent (Intl, components/format.ts),
 * as its table fallback and the deal panel's StageConversion do. 23 of 40 deals moving on is 0.575: the chart
 * rounded Math.round(rate * 100), and 0.575 * 100 is 57.49999999999999 in binary, so it said "57 % on" where
 * the table says "58%".
 */
describe('the stage funnel chart', () => {
  it('gives each stage the same share moved on as its table fallback', async () => {
    const configs: ChartConfiguration[] = [];
    class FakeChart {
      constructor(_canvas: unknown, config: ChartConfiguration) {
        configs.push(config);
      }
      destroy() {}
    }
    const view = {
      filters: { period: '30d', motion: 'mid-market' },
      weekly: [],
      reps: [],
      funnel: {
        pipeline: 'Sales Pipeline',
        account: { crm: 'hubspot', tenant: '4410982' },
        deals: 40,
        rows: [
          { stage: 'Demo', entered: 40, advanced: 23, rate: 23 / 40 },
          { stage: 'Proposal', entered: 23, advanced: 10, rate: 10 / 23 },
        ],
      },
      basis: { activities: 0, contacts: 0, imported: 0 },
      periods: { current: { label: 'last 30 days' } },
    } as unknown as TeamView;
    render(<ChartsSection view={view} load={() => Promise.resolve(FakeChart as unknown as ChartClass)} />);
    await waitFor(() => expect(configs).toHaveLength(3));

    const funnel = configs.find((c) => c.type === 'bar' && c.data.datasets[0]?.label === 'entered the stage');
    const chartDemo = String(funnel?.data.labels?.[0]);
    const tableDemo = [...document.querySelectorAll('table')]
      .find((t) => t.querySelector('caption')?.textContent === 'Stage funnel with conversion')
      ?.querySelector('tbody tr td:last-child')?.textContent;
    const percentIn = (text: string | undefined) => text?.match(/(\d+)\s?%/)?.[1];
    expect(tableDemo).toBe('58%');
    expect(percentIn(chartDemo)).toBe(percentIn(tableDemo));
  });
});
