import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Channel } from '../lib/schema/activity';
import { focusFirst, focusLost, PANEL_STAYS } from './focus-in-panel';
import { LogDetailsForm } from './LogDetailsForm';
import type { PanelProps } from './panel-state';
import { UndoBar } from './UndoBar';

type LoggedTouchBarProps = Pick<PanelProps, 'undo' | 'onUndo' | 'onEditLogged' | 'onHoldUndo'> & {
  timeZone: string;
  /** The panel around the bar: where focus goes when the bar or its form goes away. */
  panel: RefObject<HTMLElement>;
};

const ADD_DETAILS = '[data-action="log-details"]';
const logButton = (channel: Channel) => `[data-action="log-${channel}"]`;

/**
 * After a one-click log: Undo for a few seconds, and "Add details" for the optional second step.
 * The details form stays open after the undo offer times out: typing a note takes longer.
 */
export function LoggedTouchBar({ undo, onUndo, onEditLogged, onHoldUndo, timeZone, panel }: LoggedTouchBarProps) {
  const [editing, setEditing] = useState<Channel | null>(null);
  const closed = useRef<Channel | null>(null);
  /** The channel of the offer that went away (timed out, another record) while focus was on it. */
  const offerHadFocus = useRef<Channel | null>(null);
  useLayoutEffect(() => {
    const channel = offerHadFocus.current;
    offerHadFocus.current = null;
    if (undo || editing || !channel || !focusLost(panel.current)) return;
    focusFirst(panel.current, [logButton(channel), PANEL_STAYS]);
  }, [undo, editing]);
  // The form's Save or Cancel had focus and is gone: back to "Add details" if the offer still
  // stands, else to the log button of the touch. Not when the user moved on while a save was answered.
  useLayoutEffect(() => {
    const channel = closed.current;
    closed.current = null;
    if (editing || !channel || !focusLost(panel.current)) return;
    focusFirst(panel.current, [ADD_DETAILS, logButton(channel), PANEL_STAYS]);
  }, [editing]);

  if (editing) {
    const close = () => {
      closed.current = editing;
      setEditing(null);
    };
    return (
      <LogDetailsForm
        channel={editing}
        timeZone={timeZone}
        onSubmit={(details) => {
          const saved = onEditLogged(details);
          // A save reported as failed keeps the form and what was typed, to save again.
          if (saved instanceof Promise) void saved.then((ok) => ok !== false && close());
          else close();
        }}
        onCancel={close}
      />
    );
  }
  if (!undo) return null;
  const undoAndStay = () => {
    // Undo takes the bar away at once: focus waits on the button that logged the touch.
    focusFirst(panel.current, [logButton(undo.channel), PANEL_STAYS]);
    onUndo();
  };
  return (
    <UndoBar
      label={undo.label}
      onUndo={undoAndStay}
      onDetails={() => setEditing(undo.channel)}
      onHold={onHoldUndo}
      onRemoved={(hadFocus) => {
        offerHadFocus.current = hadFocus ? undo.channel : null;
      }}
    />
  );
}
