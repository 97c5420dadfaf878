import type { TouchCounts } from '../lib/schema/view-model';
import { CHANNEL_COLOR_VAR, CHANNEL_LABEL, CHANNELS } from './channels';
import { Metric } from './Metric';

interface ChannelBarsProps {
  byChannel: TouchCounts['byChannel'];
}

/** One compact bar per channel, scaled to the busiest channel, with the count beside it. */
export function ChannelBars({ byChannel }: ChannelBarsProps) {
  const max = Math.max(1, ...CHANNELS.map((channel) => byChannel[channel]));
  return (
    <ul class="tl-bars" aria-label="Touches by channel">
      {CHANNELS.map((channel) => {
        const count = byChannel[channel];
        return (
          <li key={channel} class="tl-bar-row">
            <span class="tl-bar-label">{CHANNEL_LABEL[channel]}</span>
            <span class="tl-bar-track" aria-hidden="true">
              <span
                class="tl-bar"
                style={{ width: `${(count / max) * 100}%`, background: `var(${CHANNEL_COLOR_VAR[channel]})` }}
              />
            </span>
            <Metric name={`touches-${channel}`} value={count} class="tl-bar-count">
              {count}
            </Metric>
          </li>
        );
      })}
    </ul>
  );
}
