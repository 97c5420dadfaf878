import { type HoldCallbacks, useHoldWhileUsed } from './hold-while-used';

interface UndoBarProps extends HoldCallbacks {
  label: string;
  onUndo(): void;
  /** Absent beside an open details form: one form at a time. */
  onDetails?(): void;
}

export function UndoBar({ label, onUndo, onDetails, onHold, onRemoved }: UndoBarProps) {
  // The offer waits while the rep is on it (WCAG 2.2.1): the content script pauses its time.
  const hold = useHoldWhileUsed<HTMLDivElement>({ onHold, onRemoved });
  return (
    // No role of its own: it comes into the live region LoggedTouchBar keeps in the panel (LiveRegion.tsx).
    <div class="tl-undo" {...hold}>
      <span class="tl-undo-label">{label}</span>
      {onDetails && (
        <button type="button" class="tl-link-button" data-action="log-details" onClick={onDetails}>
          Add details
        </button>
      )}
      <button type="button" class="tl-button" data-action="undo" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
