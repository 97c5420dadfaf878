import type { TrendChartModule } from './trend-chart-api';

type ImportModule = (url: string) => Promise<unknown>;

const importByUrl: ImportModule = (url) => import(/* @vite-ignore */ url);

/**
 * Loads the chart chunk (entrypoints/trend-chart) from the extension's URL and returns its API.
 * The chunk is an IIFE script, so importing it only runs it; the API is read from globalThis.
 */
export async function loadTrendChart(url: string, importModule: ImportModule = importByUrl): Promise<TrendChartModule> {
  if (!globalThis.touchlineTrendChart) await importModule(url);
  const api = globalThis.touchlineTrendChart;
  if (typeof api?.renderTrend !== 'function') {
    throw new Error(`The trend chart script at ${url} did not register its API`);
  }
  return api;
}
