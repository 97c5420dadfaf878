import { useState } from 'preact/hooks';
import type { Channel } from '../lib/schema/activity';
import { CHANNEL_ARTICLE, CHANNEL_LABEL, CHANNELS } from './channels';
import type { LogRequest } from './panel-state';

export interface LogContact {
  key: string;
  name: string;
}

interface LogButtonsProps {
  onLog(touch: LogRequest): void | Promise<void>;
  /** A deal's contacts: the user picks which one the touch was with (default the first), or none: the deal itself. */
  contacts?: LogContact[];
}

/**
 * One click logs a missed touch now; its details can be added afterwards from the undo bar. While
 * the background has not answered (busy with a team import, say) the section says the log is under
 * way, so a rep does not take a silent panel for a lost click. The buttons stay usable: a click of
 * the same touch then retries that log rather than adding one (lib/content/unconfirmed-logs.ts).
 */
export function LogButtons({ onLog, contacts = [] }: LogButtonsProps) {
  const [picked, setPicked] = useState(contacts[0]?.key);
  const [pending, setPending] = useState<Channel[]>([]);
  // The contacts can change under the picker when the view refreshes; fall back to the first one.
  // NO_CONTACT logs on the deal alone (a call to the buyer's switchboard about the deal):
  // metrics.md's "logged on a deal … any of its contacts or the deal itself".
  const contactKey =
    picked === NO_CONTACT ? undefined : contacts.some((contact) => contact.key === picked) ? picked : contacts[0]?.key;
  const logNow = (channel: Channel) => {
    const settled = onLog(contactKey ? { channel, contactKey } : { channel });
    if (!settled) return;
    setPending((now) => [...now, channel]);
    void settled.finally(() => setPending((now) => withoutOne(now, channel)));
  };
  const latest = pending.at(-1);

  return (
    <section class="tl-log" aria-label="Log a missed touch" aria-busy={latest ? 'true' : undefined}>
      <p class="tl-label">
        Log a missed touch
        {/* Not a live region: the undo offer announces the outcome, a moment later. */}
        {latest && <span>{` · logging ${CHANNEL_ARTICLE[latest]}…`}</span>}
      </p>
      {contacts.length > 0 && (
        <label class="tl-field-row">
          <span class="tl-label">with</span>
          {/* Named by what it picks; the name keeps the word shown ("with"), for speech input. */}
          <select
            class="tl-select"
            aria-label="Log the touch with contact"
            value={contactKey ?? NO_CONTACT}
            onChange={(event) => setPicked(event.currentTarget.value)}
          >
            {contacts.map((contact) => (
              <option key={contact.key} value={contact.key}>
                {contact.name}
              </option>
            ))}
            <option value={NO_CONTACT}>no one listed (the deal only)</option>
          </select>
        </label>
      )}
      <div class="tl-log-buttons">
        {CHANNELS.map((channel) => (
          <button
            key={channel}
            type="button"
            class="tl-log-button"
            data-action={`log-${channel}`}
            aria-label={`Log ${CHANNEL_ARTICLE[channel]}`}
            title={`Log ${CHANNEL_ARTICLE[channel]} now`}
            onClick={(event) => {
              // A double-click is two clicks, the second with detail 2: it logs one touch, and the
              // first keeps its undo. Enter and Space click with detail 0, so each logs.
              if (event.detail <= 1) logNow(channel);
            }}
          >
            {CHANNEL_LABEL[channel]}
          </button>
        ))}
      </div>
    </section>
  );
}

/** The picker's value for a touch logged on the deal itself, with none of its contacts. */
const NO_CONTACT = '';

/** `channels` with one `channel` fewer: each click's log settles on its own. */
function withoutOne(channels: Channel[], channel: Channel): Channel[] {
  const at = channels.indexOf(channel);
  return at < 0 ? channels : [...channels.slice(0, at), ...channels.slice(at + 1)];
}
