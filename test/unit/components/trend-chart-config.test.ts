import { describe, expect, it } from 'vitest';
import type { TrendOptions } from '../../../components/trend-chart-api';
import { trendChartConfig } from '../../../entrypoints/trend-chart/trend-chart-config';
import { jordanLee } from './view-fixtures';

const options: TrendOptions = {
  colors: { call: '#111111', email: '#222222', meeting: '#333333', social: '#444444', sms: '#555555' },
  labels: { call: 'call', email: 'email', meeting: 'meeting', social: 'social', sms: 'sms' },
  textColor: '#5f6b7a',
  gridColor: '#d8dee6',
  animate: true,
};

describe('trend chart configuration', () => {
  it('stacks one bar series per channel over the weeks', () => {
    const config = trendChartConfig(jordanLee().weekly, options);
    expect(config.data.labels).toEqual(['26 Oct', '2 Nov', '9 Nov', '16 Nov']);
    expect(config.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['call', [1, 0, 1, 0], '#111111'],
      ['email', [2, 1, 1, 1], '#222222'],
      ['meeting', [0, 1, 0, 1], '#333333'],
      ['social', [0, 0, 0, 0], '#444444'],
      ['sms', [0, 0, 0, 0], '#555555'],
    ]);
    expect(config.options?.scales?.x?.stacked).toBe(true);
    expect(config.options?.scales?.y?.stacked).toBe(true);
  });

  it('does not animate under reduced motion', () => {
    expect(trendChartConfig([], { ...options, animate: false }).options?.animation).toBe(false);
    expect(trendChartConfig([], options).options?.animation).toBeUndefined();
  });
});
