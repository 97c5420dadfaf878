// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TrendChart } from '../../../components/TrendChart';
import type { TrendOptions, WeeklyTrend } from '../../../components/trend-chart-api';
import { trendChartConfig } from '../../../entrypoints/trend-chart/trend-chart-config';

afterEach(cleanup);

// Completed tasks counted as touches (a setting): a call and a task in the week of 2 Nov, nothing
// in the week of 9 Nov, a task and an email in the week of 16 Nov. 4 touches in all, 2 of them tasks.
const none = { call: 0, email: 0, meeting: 0, social: 0, sms: 0 };
const weekly: WeeklyTrend = [
  { weekStart: '2026-11-02', byChannel: { ...none, call: 1, task: 1 } },
  { weekStart: '2026-11-09', byChannel: { ...none } },
  { weekStart: '2026-11-16', byChannel: { ...none, email: 1, task: 1 } },
];

const options: TrendOptions = {
  colors: { call: '#111111', email: '#222222', meeting: '#333333', social: '#444444', sms: '#555555' },
  labels: { call: 'call', email: 'email', meeting: 'meeting', social: 'social', sms: 'sms' },
  textColor: '#5f6b7a',
  gridColor: '#d8dee6',
  animate: true,
};

const neverLoads = () => Promise.reject(new Error('no chart chunk in this test'));

describe('the trend with completed tasks counted as touches', () => {
  it('says all 4 touches in its label, tasks included', () => {
    render(<TrendChart weekly={weekly} loadTrendChart={neverLoads} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Bar chart of touches per week by channel and completed tasks over the last 3 weeks, 4 touches in all',
    );
  });

  it('gives the tasks a column of their own in the table for screen readers', () => {
    render(<TrendChart weekly={weekly} loadTrendChart={neverLoads} />);
    const table = screen.getByRole('table', { name: 'Touches per week by channel and completed tasks' });
    const rows = [...table.querySelectorAll('tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent).join(' '),
    );
    expect(rows).toEqual([
      'week of call email meeting social sms tasks',
      'Mon 2 Nov 1 0 0 0 0 1',
      'Mon 9 Nov 0 0 0 0 0 0',
      'Mon 16 Nov 0 1 0 0 0 1',
    ]);
  });

  it('draws the tasks as their own series after the channels, in the muted colour of no channel', () => {
    const datasets = trendChartConfig(weekly, options).data.datasets;
    expect(datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['call', [1, 0, 0], '#111111'],
      ['email', [0, 0, 1], '#222222'],
      ['meeting', [0, 0, 0], '#333333'],
      ['social', [0, 0, 0], '#444444'],
      ['sms', [0, 0, 0], '#555555'],
      ['tasks', [1, 0, 1], '#5f6b7a'],
    ]);
  });

  it('has no tasks series when no week has a task counted', () => {
    const channelsOnly: WeeklyTrend = [
      { weekStart: '2026-11-09', byChannel: { ...none, email: 1 } },
      { weekStart: '2026-11-16', byChannel: { ...none, call: 2 } },
    ];
    expect(trendChartConfig(channelsOnly, options).data.datasets.map((d) => d.label)).toEqual([
      'call',
      'email',
      'meeting',
      'social',
      'sms',
    ]);
    render(<TrendChart weekly={channelsOnly} loadTrendChart={neverLoads} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Bar chart of touches per week by channel over the last 2 weeks, 3 touches in all',
    );
  });
});
