import { useRef } from 'preact/hooks';

/**
 * Escape inside the panel folds it and gives focus back to the page element it came from
 * (decisions.md: only when focus is inside the panel; the CRM never sees the key, events stop
 * at the shadow root). A handler that already used the key (the open menu) prevents the fold.
 */
export function useEscapeFold(onFold: () => void) {
  const cameFrom = useRef<HTMLElement | null>(null);
  return {
    onFocusIn(event: FocusEvent) {
      const from = event.relatedTarget;
      const panel = event.currentTarget as Node;
      if (from instanceof HTMLElement && from.getRootNode() !== panel.getRootNode()) cameFrom.current = from;
    },
    onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      const back = cameFrom.current;
      if (back?.isConnected) back.focus();
      else (event.target as HTMLElement | null)?.blur();
      onFold();
    },
  };
}
