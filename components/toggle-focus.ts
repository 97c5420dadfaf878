import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Folding the panel replaces its collapse button with the expand tab, and unfolding the other way
 * round: the focus the clicked control had moves to the control that takes its place, so a
 * keyboard user is not dropped on the page's body. (Escape gives focus back to the page instead:
 * escape-fold.ts.)
 */
export function useToggleFocus(collapsed: boolean, onToggle: () => void) {
  const panel = useRef<HTMLElement>(null);
  const refocus = useRef(false);
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
