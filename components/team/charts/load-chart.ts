import type { Chart } from 'chart.js';

export type ChartClass = typeof Chart;

/**
 * chart.js is fetched only when the team page draws its charts (its own chunk of this page),
 * so the figures and tables show first.
 */
export function loadChart(): Promise<ChartClass> {
  return import('chart.js/auto').then((module) => module.default);
}
