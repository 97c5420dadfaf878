import type { Channel } from '../../lib/schema/activity';
import { CHANNEL_COLOR_VAR, CHANNEL_LABEL, CHANNELS } from '../channels';

/** A thin stacked bar of touches by channel, with the counts in words beside it (the bar is decoration). */
export function ChannelMix({ byChannel }: { byChannel: Record<Channel, number> }) {
  const total = CHANNELS.reduce((sum, c) => sum + byChannel[c], 0);
  const used = CHANNELS.filter((c) => byChannel[c] > 0);
  return (
    <span class="tl-mix">
      <span class="tl-mix-bar" aria-hidden="true">
        {used.map((c) => (
          <span
            key={c}
            style={{ width: `${(byChannel[c] / total) * 100}%`, background: `var(${CHANNEL_COLOR_VAR[c]})` }}
          />
        ))}
      </span>
      <span class="tl-small">
        {used.length === 0 ? 'no touches' : used.map((c) => `${byChannel[c]} ${CHANNEL_LABEL[c]}`).join(', ')}
      </span>
    </span>
  );
}
