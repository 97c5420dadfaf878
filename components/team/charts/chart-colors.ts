import type { Channel } from '../../../lib/schema/activity';
import { CHANNEL_FALLBACK_COLORS } from '../../channel-fallback-colors';
import { CHANNEL_COLOR_VAR, CHANNELS } from '../../channels';

export interface ChartColors {
  channels: Record<Channel, string>;
  /** One colour per rep, repeated past the last. */
  series: string[];
  text: string;
  grid: string;
  animate: boolean;
}

/** Colours from the page's custom properties (team.css), so light and dark both read well. */
export function chartColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const series = Array.from({ length: 8 }, (_, i) => read(`--tl-series-${i + 1}`, '#2457c5'));
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    channels: Object.fromEntries(
      CHANNELS.map((c) => [c, read(CHANNEL_COLOR_VAR[c], CHANNEL_FALLBACK_COLORS[c])]),
    ) as Record<Channel, string>,
    series,
    text: read('--tl-muted', '#5f6b7a'),
    grid: read('--tl-line', '#d8dee6'),
    animate: !reduceMotion,
  };
}
