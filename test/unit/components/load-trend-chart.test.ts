import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTrendChart } from '../../../components/load-trend-chart';
import type { TrendChartModule } from '../../../components/trend-chart-api';

const url = 'chrome-extension://abcdefghijklmnop/trend-chart.js';
const api: TrendChartModule = { renderTrend: () => ({ destroy() {} }) };

afterEach(() => {
  globalThis.touchlineTrendChart = undefined;
});

describe('loadTrendChart', () => {
  it('imports the chart script from its URL and returns the API it registered', async () => {
    const importModule = vi.fn(async () => {
      globalThis.touchlineTrendChart = api;
    });
    await expect(loadTrendChart(url, importModule)).resolves.toBe(api);
    expect(importModule).toHaveBeenCalledWith(url);
  });

  it('does not import again once the API is registered', async () => {
    const importModule = vi.fn(async () => {
      globalThis.touchlineTrendChart = api;
    });
    await loadTrendChart(url, importModule);
    await loadTrendChart(url, importModule);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('fails with a clear message when the script did not register its API', async () => {
    await expect(loadTrendChart(url, async () => {})).rejects.toThrow(
      `The trend chart script at ${url} did not register its API`,
    );
  });
});
