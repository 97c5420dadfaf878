import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Channel } from '../lib/schema/activity';
import { focusFirst, focusLost, PANEL_STAYS } from './focus-in-panel';
import { LogDetailsForm } from './LogDetailsForm';
import { offerAfterSave } from './logged-offer';
import type { LoggedOffer, PanelProps } from './panel-state';
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
 * The details form stays open after the undo offer times out: typing a note takes longer. It is
 * for the touch it was opened for, and opens on what is known of it (a second save keeps the
 * first): a touch logged while it is open (the log buttons stay above it) keeps its own details,
 * and what was typed stays, to be saved onto the touch it was typed for.
 */
export function LoggedTouchBar({ undo, onUndo, onEditLogged, onHoldUndo, timeZone, panel }: LoggedTouchBarProps) {
  const [editing, setEditing] = useState<LoggedOffer | null>(null);
  /**
   * The offer as the form last saved it: the session updates its own (offerAfterSave) but the
   * panel draws that a task later, and "Add details" clicked meanwhile must not open on the old one.
   */
  const saved = useRef<LoggedOffer | null>(null);
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
      closed.current = editing.channel;
      setEditing(null);
    };
    return (
      <LogDetailsForm
        touch={editing}
        timeZone={timeZone}
        onSubmit={(details) => {
          const done = () => {
            saved.current = offerAfterSave(editing, details);
            close();
          };
          const answer = onEditLogged(editing.key, details);
          // A save reported as failed keeps the form and what was typed, to save again.
          if (answer instanceof Promise) void answer.then((ok) => ok !== false && done());
          else done();
        }}
        onCancel={close}
      />
    );
  }
  if (!undo) return null;
  const offer = saved.current?.key === undo.key ? saved.current : undo;
  const undoAndStay = () => {
    // Undo takes the bar away at once: focus waits on the button that logged the touch.
    focusFirst(panel.current, [logButton(offer.channel), PANEL_STAYS]);
    onUndo();
  };
  return (
    <UndoBar
      label={offer.label}
      onUndo={undoAndStay}
      onDetails={() => setEditing(offer)}
      onHold={onHoldUndo}
      onRemoved={(hadFocus) => {
        offerHadFocus.current = hadFocus ? offer.channel : null;
      }}
    />
  );
}
