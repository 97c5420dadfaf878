import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Channel } from '../lib/schema/activity';
import { focusFirst, focusLost, PANEL_STAYS } from './focus-in-panel';
import { LiveRegion } from './LiveRegion';
import { LogDetailsForm } from './LogDetailsForm';
import { offerAfterSave } from './logged-offer';
import { useOfferHold } from './offer-hold';
import type { LoggedOffer, PanelProps } from './panel-state';
import { UndoBar } from './UndoBar';

type LoggedTouchBarProps = Pick<PanelProps, 'undo' | 'onUndo' | 'onEditLogged' | 'onHoldUndo'> & {
  timeZone: string;
  /** The panel around the bar: where focus goes when the bar or its form goes away. */
  panel: RefObject<HTMLElement>;
  /** The panel is folded to its tab: the offer is not shown; an open form stays, hidden, with what was typed. */
  folded: boolean;
};

const ADD_DETAILS = '[data-action="log-details"]';
const logButton = (channel: Channel) => `[data-action="log-${channel}"]`;

/**
 * After a one-click log: Undo for a few seconds, and "Add details" for the optional second step.
 * The details form stays open after the undo offer times out: typing a note takes longer. It is
 * for the touch it was opened for, and opens on what is known of it (a second save keeps the
 * first): a touch logged while it is open (the log buttons stay above it) keeps its own details,
 * and what was typed stays, to be saved onto the touch it was typed for. That touch's offer shows
 * beside the form, waiting until the form is closed, so a slip onto the wrong button can be undone.
 */
export function LoggedTouchBar({
  undo,
  onUndo,
  onEditLogged,
  onHoldUndo,
  timeZone,
  panel,
  folded,
}: LoggedTouchBarProps) {
  const [editing, setEditing] = useState<LoggedOffer | null>(null);
  /**
   * The offer as the form last saved it: the session updates its own (offerAfterSave) but the
   * panel draws that a task later, and "Add details" clicked meanwhile must not open on the old one.
   */
  const saved = useRef<LoggedOffer | null>(null);
  const closed = useRef<Channel | null>(null);
  /** The channel of the offer that went away (timed out, another record) while focus was on it. */
  const offerHadFocus = useRef<Channel | null>(null);
  const besideForm = editing !== null && undo !== null && undo.key !== editing.key;
  const onHold = useOfferHold(onHoldUndo, besideForm);
  useLayoutEffect(() => {
    const channel = offerHadFocus.current;
    offerHadFocus.current = null;
    // Folding takes the offer away too: focus goes to the tab (toggle-focus.ts), not here.
    if (folded || (undo && !editing) || !channel || !focusLost(panel.current)) return;
    focusFirst(panel.current, [logButton(channel), PANEL_STAYS]);
  }, [undo, editing, folded]);
  // The form's Save or Cancel had focus and is gone: back to "Add details" if an offer still
  // stands, else to the log button of the touch. Not when the user moved on while a save was answered.
  useLayoutEffect(() => {
    const channel = closed.current;
    closed.current = null;
    if (editing || !channel || !focusLost(panel.current)) return;
    focusFirst(panel.current, [ADD_DETAILS, logButton(channel), PANEL_STAYS]);
  }, [editing]);

  const offer = undo && (!editing || besideForm) ? (saved.current?.key === undo.key ? saved.current : undo) : null;
  const undoAndStay = (channel: Channel) => {
    // Undo takes the bar away at once: focus waits on the button that logged the touch.
    focusFirst(panel.current, [logButton(channel), PANEL_STAYS]);
    onUndo();
  };
  return (
    <>
      {editing && (
        <div hidden={folded}>
          <LogDetailsForm
            touch={editing}
            timeZone={timeZone}
            onSubmit={(details) => {
              const done = () => {
                saved.current = offerAfterSave(editing, details);
                closed.current = editing.channel;
                setEditing(null);
              };
              const answer = onEditLogged(editing.key, details);
              // A save reported as failed keeps the form and what was typed, to save again.
              if (answer instanceof Promise) void answer.then((ok) => ok !== false && done());
              else done();
            }}
            onCancel={() => {
              closed.current = editing.channel;
              setEditing(null);
            }}
          />
        </div>
      )}
      {/* Focus stays on the log button: the offer coming into the region is what tells a reader the touch was logged. */}
      <LiveRegion>
        {offer && !folded && (
          <UndoBar
            label={offer.label}
            onUndo={() => undoAndStay(offer.channel)}
            onDetails={editing ? undefined : () => setEditing(offer)}
            onHold={onHold}
            onRemoved={(hadFocus) => {
              offerHadFocus.current = hadFocus ? offer.channel : null;
            }}
          />
        )}
      </LiveRegion>
    </>
  );
}
