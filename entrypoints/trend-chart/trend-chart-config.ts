import type { ChartConfiguration } from 'chart.js';
import type { TrendOptions, WeeklyTrend } from '../../components/trend-chart-api';
import { TOUCH_TYPES } from '../../lib/schema/touch-types';

const weekLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Touches per week, stacked by channel. Fixed size (the panel is 320px) so no resize observers are needed. */
export function trendChartConfig(weekly: WeeklyTrend, options: TrendOptions): ChartConfiguration<'bar'> {
  const axis = { stacked: true, ticks: { color: options.textColor }, grid: { color: options.gridColor } };
  return {
    type: 'bar',
    data: {
      labels: weekly.map((week) => weekLabel.format(new Date(`${week.weekStart}T00:00:00Z`))),
      datasets: TOUCH_TYPES.map((channel) => ({
        label: options.labels[channel],
        data: weekly.map((week) => week.byChannel[channel]),
        backgroundColor: options.colors[channel],
      })),
    },
    options: {
      responsive: false,
      animation: options.animate ? undefined : false,
      plugins: {
        legend: { position: 'bottom', labels: { color: options.textColor, boxWidth: 10, font: { size: 10 } } },
        tooltip: { mode: 'index', intersect: false },
      },
      scales: {
        x: { ...axis, ticks: { ...axis.ticks, maxRotation: 0, autoSkip: true, font: { size: 10 } } },
        y: { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0, font: { size: 10 } } },
      },
    },
  };
}
