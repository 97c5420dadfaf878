import type { Channel } from '../lib/schema/activity';
import { CHANNELS } from './channels';
import type { WeeklyTrend } from './trend-chart-api';

/** A series of the trend: a channel, or `task`, the completed tasks counted as touches (a setting). */
export type TrendSeries = Channel | 'task';

type TrendWeek = WeeklyTrend[number];

/** A completed task has no channel (metrics.md): its series is named for what it is. */
export const TASK_SERIES_LABEL = 'tasks';

/**
 * The channels, then completed tasks when any week has some: with the setting off (or no task
 * counted in the window) there is no tasks series to draw, so none is shown empty.
 */
export function trendSeries(weekly: WeeklyTrend): readonly TrendSeries[] {
  return weekly.some((week) => (week.byChannel.task ?? 0) > 0) ? [...CHANNELS, 'task'] : CHANNELS;
}

export function seriesLabel(series: TrendSeries, channelLabels: Record<Channel, string>): string {
  return series === 'task' ? TASK_SERIES_LABEL : channelLabels[series];
}

export function weekCount(week: TrendWeek, series: TrendSeries): number {
  return week.byChannel[series] ?? 0;
}

/** Every touch of the weeks, completed tasks counted as touches included, as the touch total counts them. */
export function trendTotal(weekly: WeeklyTrend): number {
  const series = trendSeries(weekly);
  return weekly.reduce((sum, week) => sum + series.reduce((s, name) => s + weekCount(week, name), 0), 0);
}
