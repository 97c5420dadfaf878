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
 * as `globalThis.touchlineTrendChart` (in the content script's isolated world).
 */
declare global {
  var touchlineTrendChart: TrendChartModule | undefined;
}
