import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  /**
   * The control that asked for it, where focus returns when it closes: by then focus may have
   * moved elsewhere (to the status line, while the counts for it were read). Null: where focus
   * was when it opened.
   */
  opener: HTMLElement | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A confirmation before something is erased: focus moves into it (on Cancel, the safe choice),
 * Tab stays inside, Escape cancels, and focus returns to the control that opened it when it
 * closes (WAI-ARIA dialog pattern), so a keyboard user who cancels is where they were.
 */
export function ConfirmDialog({ title, children, confirmLabel, opener, onConfirm, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const back = opener ?? (document.activeElement as HTMLElement | null);
    cancel.current?.focus();
    return () => back?.focus();
  }, [opener]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[(at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      event.preventDefault();
      next?.focus();
    }
  }

  return (
    <div class="tl-opt-backdrop">
      <div
        ref={box}
        class="tl-opt-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tl-confirm-title"
        aria-describedby="tl-confirm-body"
        onKeyDown={onKeyDown}
      >
        <h3 id="tl-confirm-title">{title}</h3>
        <div id="tl-confirm-body">{children}</div>
        <div class="tl-opt-dialog-buttons">
          <button ref={cancel} type="button" data-action="cancel" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" class="tl-opt-danger" data-action="confirm" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
