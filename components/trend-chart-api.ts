import type { Channel } from '../lib/schema/activity';
import type { RecordView } from '../lib/schema/view-model';

export type WeeklyTrend = RecordView['weekly'];

export interface TrendOptions {
  /** Bar colour per channel (the panel passes its CSS custom properties, so dark mode carries over). */
  colors: Record<Channel, string>;
  labels: Record<Channel, string>;
  textColor: string;
  gridColor: string;
  /** False under prefers-reduced-motion. */
  animate: boolean;
}

export interface TrendChartHandle {
  destroy(): void;
}

export interface TrendChartModule {
  renderTrend(canvas: HTMLCanvasElement, weekly: WeeklyTrend, options: TrendOptions): TrendChartHandle;
}

/**
 * WXT builds unlisted scripts as IIFE files with no exports, so the chart chunk publishes its API
 * under this property of globalThis (the content script's isolated world).
 */
export const TREND_CHART_GLOBAL = 'touchlineTrendChart';

declare global {
  var touchlineTrendChart: TrendChartModule | undefined;
}
