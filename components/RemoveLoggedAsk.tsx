import { useLayoutEffect, useRef } from 'preact/hooks';
import { focusLost } from './focus-in-panel';

interface RemoveLoggedAskProps {
  /** What the touch is called in the question: "call", "SMS", "social touch". */
  touchWord: string;
  /** The removal was confirmed and the background has not answered yet. */
  removing: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The question a Recent row asks before a logged touch is removed: nothing is removed on one slip.
 * Focus starts on the confirm button and comes back to it when a removal fails; Escape cancels
 * unless the removal is under way, and never folds the panel (escape-fold.ts).
 */
export function RemoveLoggedAsk({ touchWord, removing, onConfirm, onCancel }: RemoveLoggedAskProps) {
  const confirm = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useLayoutEffect(() => {
    const button = confirm.current;
    if (!button || removing) return;
    // A focused button that is disabled may lose focus: it has it back when the removal failed,
    // unless the rep has moved on meanwhile.
    if (!asked.current || focusLost(button.closest('aside'))) button.focus();
    asked.current = true;
  }, [removing]);
  const question = `Remove this logged ${touchWord}?`;
  return (
    <fieldset
      class="tl-recent-ask"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Used here even while the removal is under way: the panel does not fold under the rep's hand.
        event.preventDefault();
        if (!removing) onCancel();
      }}
    >
      <span class="tl-recent-question">{question}</span>
      <button
        ref={confirm}
        type="button"
        class="tl-button"
        data-action="confirm-remove"
        disabled={removing}
        onClick={onConfirm}
      >
        {removing ? 'Removing…' : 'Remove'}
      </button>
      <button type="button" class="tl-button" data-action="cancel-remove" disabled={removing} onClick={onCancel}>
        Cancel
      </button>
    </fieldset>
  );
}
