import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browserTimeZone } from '../lib/db/time-precision';
import { CHANNEL_OUTCOMES } from '../lib/messaging/channel-outcomes';
import type { Channel, Outcome } from '../lib/schema/activity';
import { CHANNEL_LABEL, CHANNELS } from './channels';
import type { LogDetails } from './panel-state';
import { fromZonedInputValue, toZonedInputValue } from './zoned-input';

interface LogDetailsFormProps {
  /** The channel of the touch just logged. */
  channel: Channel;
  /** The user's zone setting: the time is typed and shown there. */
  timeZone: string;
  onSubmit(details: LogDetails): void;
  onCancel(): void;
}

/** The optional second step after a one-click log: correct the touch's time, direction, outcome, note. */
export function LogDetailsForm({ channel: loggedChannel, timeZone, onSubmit, onCancel }: LogDetailsFormProps) {
  const [now] = useState(() => toZonedInputValue(new Date(), timeZone));
  const [channel, setChannel] = useState<Channel>(loggedChannel);
  const [when, setWhen] = useState(now);
  const [direction, setDirection] = useState<'outbound' | 'inbound'>('outbound');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const first = useRef<HTMLSelectElement>(null);
  // "Add details" went away as the form opened: its focus moves here, not onto the page's body.
  useLayoutEffect(() => {
    first.current?.focus();
  }, []);
  // "not recorded" stands for unknown: the form offers only the outcomes a user can pick.
  const outcomes: readonly Outcome[] = (CHANNEL_OUTCOMES[channel] ?? []).filter((o) => o !== 'unknown');

  const submit = (event: Event) => {
    event.preventDefault();
    // The time shown is when the form opened, not when the touch was logged: sent only when changed,
    // so a note added just after midnight does not move the touch to the next day.
    const time = when === now ? undefined : fromZonedInputValue(when, timeZone);
    onSubmit({
      channel,
      direction,
      ...(time ? { timestamp: time.toISOString() } : {}),
      ...(outcome && outcomes.includes(outcome) ? { outcome } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };

  const changed =
    channel !== loggedChannel || when !== now || direction !== 'outbound' || outcome !== '' || note.trim() !== '';
  // Escape folds the panel (escape-fold.ts), which would drop what was typed here: it waits for Save or Cancel.
  const keepTyped = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && changed) event.preventDefault();
  };

  return (
    <form class="tl-form" aria-label="Details of the touch just logged" onSubmit={submit} onKeyDown={keepTyped}>
      <label class="tl-field-row">
        <span class="tl-label">channel</span>
        <select
          ref={first}
          class="tl-select"
          value={channel}
          onChange={(e) => setChannel(e.currentTarget.value as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      <label class="tl-field-row">
        <span class="tl-label">when</span>
        <input
          class="tl-input"
          type="datetime-local"
          value={when}
          max={now}
          onInput={(e) => setWhen(e.currentTarget.value)}
        />
        {timeZone !== browserTimeZone() && <span class="tl-label">{timeZone}</span>}
      </label>
      <label class="tl-field-row">
        <span class="tl-label">direction</span>
        <select
          class="tl-select"
          value={direction}
          onChange={(e) => setDirection(e.currentTarget.value as 'outbound' | 'inbound')}
        >
          <option value="outbound">outbound (you to them)</option>
          <option value="inbound">inbound (them to you)</option>
        </select>
      </label>
      {outcomes.length > 0 && (
        <label class="tl-field-row">
          <span class="tl-label">outcome</span>
          <select class="tl-select" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}>
            <option value="">not recorded</option>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {o.replace('-', ' ')}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="tl-field-row tl-field-row--stacked">
        <span class="tl-label">note</span>
        <textarea
          class="tl-input"
          rows={2}
          maxLength={500}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <div class="tl-form-actions">
        <button type="submit" class="tl-button tl-button--primary">
          Save details
        </button>
        <button type="button" class="tl-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
