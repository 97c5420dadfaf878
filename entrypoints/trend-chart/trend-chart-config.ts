import type { ChartConfiguration } from 'chart.js';
import type { TrendOptions, WeeklyTrend } from '../../components/trend-chart-api';
import { seriesLabel, trendSeries, weekCount } from '../../components/trend-series';

const weekLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Touches per week, stacked by channel, then completed tasks counted as touches (a setting) when
 * any week has some: in no channel, they are drawn in the muted text colour, a colour of no channel.
 * Fixed size (the panel is 320px) so no resize observers are needed.
 */
export function trendChartConfig(weekly: WeeklyTrend, options: TrendOptions): ChartConfiguration<'bar'> {
  const axis = { stacked: true, ticks: { color: options.textColor }, grid: { color: options.gridColor } };
  return {
    type: 'bar',
    data: {
      labels: weekly.map((week) => weekLabel.format(new Date(`${week.weekStart}T00:00:00Z`))),
      datasets: trendSeries(weekly).map((series) => ({
        label: seriesLabel(series, options.labels),
        data: weekly.map((week) => weekCount(week, series)),
        backgroundColor: series === 'task' ? options.textColor : options.colors[series],
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
