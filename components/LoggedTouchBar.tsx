import { useState } from 'preact/hooks';
import type { Channel } from '../lib/schema/activity';
import { LogDetailsForm } from './LogDetailsForm';
import type { PanelProps } from './panel-state';
import { UndoBar } from './UndoBar';

type LoggedTouchBarProps = Pick<PanelProps, 'undo' | 'onUndo' | 'onEditLogged'> & { timeZone: string };

/**
 * After a one-click log: Undo for a few seconds, and "Add details" for the optional second step.
 * The details form stays open after the undo offer times out: typing a note takes longer.
 */
export function LoggedTouchBar({ undo, onUndo, onEditLogged, timeZone }: LoggedTouchBarProps) {
  const [editing, setEditing] = useState<Channel | null>(null);
  if (editing) {
    return (
      <LogDetailsForm
        channel={editing}
        timeZone={timeZone}
        onSubmit={(details) => {
          onEditLogged(details);
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }
  return undo ? <UndoBar label={undo.label} onUndo={onUndo} onDetails={() => setEditing(undo.channel)} /> : null;
}
