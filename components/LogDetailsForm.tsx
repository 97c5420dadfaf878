import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browserTimeZone } from '../lib/db/time-precision';
import { CHANNEL_OUTCOMES } from '../lib/messaging/channel-outcomes';
import type { Channel, Outcome } from '../lib/schema/activity';
import { CHANNEL_LABEL, CHANNELS } from './channels';
import type { LogDetails } from './panel-state';
import { fromZonedInputValue, toZonedInputValue } from './zoned-input';

interface LogDetailsFormProps {
  /** The touch just logged, as known: as logged, or as its details were last saved. */
  touch: LogDetails;
  /**
   * The user's zone setting as the form opens: the time is shown, typed and read there. Later
   * values are not taken (with no view, the panel passes the browser's): a time shown in one zone
   * and read in another would move the touch.
   */
  timeZone: string;
  onSubmit(details: LogDetails): void;
  onCancel(): void;
}

/**
 * The optional second step after a one-click log: correct the touch's time, direction, outcome,
 * note. It opens on the touch as known, so saving it again changes only what the user changes.
 */
export function LogDetailsForm({ touch, timeZone: zoneGiven, onSubmit, onCancel }: LogDetailsFormProps) {
  const [timeZone] = useState(zoneGiven);
  const [now] = useState(() => toZonedInputValue(new Date(), timeZone));
  // A time saved before is shown; else now (the background logged the touch at about now).
  const [shown] = useState(() => (touch.timestamp ? toZonedInputValue(new Date(touch.timestamp), timeZone) : now));
  // The background logs a touch sent without a direction as outbound; the panel never sends unknown.
  const loggedDirection = touch.direction === 'inbound' ? 'inbound' : 'outbound';
  // "not recorded" stands for unknown, as below.
  const loggedOutcome = touch.outcome === 'unknown' ? '' : (touch.outcome ?? '');
  const loggedNote = touch.note ?? '';
  const [channel, setChannel] = useState<Channel>(touch.channel);
  const [when, setWhen] = useState(shown);
  const [direction, setDirection] = useState<'outbound' | 'inbound'>(loggedDirection);
  const [outcome, setOutcome] = useState<Outcome | ''>(loggedOutcome);
  const [note, setNote] = useState(loggedNote);
  const first = useRef<HTMLSelectElement>(null);
  // "Add details" went away as the form opened: its focus moves here, not onto the page's body.
  useLayoutEffect(() => {
    first.current?.focus();
  }, []);
  // "not recorded" stands for unknown: the form offers only the outcomes a user can pick.
  const outcomes: readonly Outcome[] = (CHANNEL_OUTCOMES[channel] ?? []).filter((o) => o !== 'unknown');

  const submit = (event: Event) => {
    event.preventDefault();
    // Unless saved before, the time shown is when the form opened, not when the touch was logged:
    // sent only when changed, so a note added just after midnight does not move the touch to the next day.
    const time = when === shown ? undefined : fromZonedInputValue(when, timeZone);
    // An outcome or note shown and then cleared is sent cleared ("not recorded", an empty note), not left out.
    const fits = outcome !== '' && outcomes.includes(outcome);
    const clearOutcome = loggedOutcome !== '' && !fits && outcomes.length > 0;
    onSubmit({
      channel,
      direction,
      ...(time ? { timestamp: time.toISOString() } : {}),
      ...(fits ? { outcome } : clearOutcome ? { outcome: 'unknown' as const } : {}),
      ...(note.trim() ? { note: note.trim() } : loggedNote ? { note: '' } : {}),
    });
  };

  const changed =
    channel !== touch.channel ||
    when !== shown ||
    direction !== loggedDirection ||
    outcome !== loggedOutcome ||
    note.trim() !== loggedNote.trim();
  // Escape folds the panel (escape-fold.ts), which hides the form: with something typed, the form
  // stays in sight until Save or Cancel.
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
