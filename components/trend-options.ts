import type { Channel } from '../lib/schema/activity';
import { CHANNEL_FALLBACK_COLORS } from './channel-fallback-colors';
import { CHANNEL_COLOR_VAR, CHANNEL_LABEL, CHANNELS } from './channels';
import type { TrendOptions } from './trend-chart-api';

/** Reads the chart's colours from the panel's CSS custom properties so light and dark modes match. */
export function trendOptionsFor(element: Element): TrendOptions {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const colors = Object.fromEntries(
    CHANNELS.map((channel) => [channel, read(CHANNEL_COLOR_VAR[channel], CHANNEL_FALLBACK_COLORS[channel])]),
  ) as Record<Channel, string>;
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    colors,
    labels: CHANNEL_LABEL,
    textColor: read('--tl-muted', '#5f6b7a'),
    gridColor: read('--tl-line', '#d8dee6'),
    animate: !reduceMotion,
  };
}
