import type { Channel } from '../../lib/schema/activity';
import { countOf, countText } from '../../lib/team/counts';
import { CHANNEL_COLOR_VAR, CHANNEL_LABEL, CHANNELS } from '../channels';

/**
 * A thin stacked bar of touches by channel, with the counts in words beside it (the bar is
 * decoration). Completed tasks counted as touches are in no channel: said in words only.
 */
export function ChannelMix({ byChannel, tasks = 0 }: { byChannel: Record<Channel, number>; tasks?: number }) {
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
        {used.length === 0 && tasks === 0
          ? 'no touches'
          : [
              ...used.map((c) => `${countText(byChannel[c])} ${CHANNEL_LABEL[c]}`),
              ...(tasks > 0 ? [countOf(tasks, 'completed task', 'completed tasks')] : []),
            ].join(', ')}
      </span>
    </span>
  );
}
