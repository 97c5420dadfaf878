import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Folding the panel replaces its collapse button with the expand tab, and unfolding the other way
 * round: the focus the clicked control had moves to the control that takes its place, so a
 * keyboard user is not dropped on the page's body. The same when the panel is folded or unfolded
 * from elsewhere (Alt+Shift+T, lib/content/start-touchline.tsx) while focus is in it; focus on the
 * page stays there. (Escape gives focus back to the page instead: escape-fold.ts.)
 */
export function useToggleFocus(collapsed: boolean, onToggle: () => void) {
  const panel = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  const drawn = useRef(collapsed);
  if (drawn.current !== collapsed) {
    drawn.current = collapsed;
    // Asked while rendering, before the control that has focus is taken away.
    if (focusInside(panel.current)) refocus.current = true;
  }
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    panel.current?.querySelector<HTMLElement>('[data-action="collapse"]')?.focus();
  }, [collapsed]);
  const toggle = () => {
    refocus.current = true;
    onToggle();
  };
  return { panel, toggle };
}

/** Focus is on a control of the panel (it sits in a shadow root: the document's focus is the host). */
function focusInside(panel: HTMLElement | null): boolean {
  const active = (panel?.getRootNode() as Partial<DocumentOrShadowRoot> | undefined)?.activeElement;
  return !!active && !!panel?.contains(active);
}
