import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { TrendChartHandle, TrendOptions, WeeklyTrend } from '../../components/trend-chart-api';
import { trendChartConfig } from './trend-chart-config';

// Only the parts the stacked bar chart uses, so the chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export function renderTrend(canvas: HTMLCanvasElement, weekly: WeeklyTrend, options: TrendOptions): TrendChartHandle {
  const chart = new Chart(canvas, trendChartConfig(weekly, options));
  return { destroy: () => chart.destroy() };
}
