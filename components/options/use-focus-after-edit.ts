import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** A control of the cadence editor: a step's button (by the step's id), or the editor's own "Add a step". */
export type FocusTarget =
  | { step: number; action: 'move-earlier' | 'move-later' | 'remove-step' }
  | { action: 'add-step' };

/**
 * Moves keyboard focus, once the edit is on screen, to the control the user goes on with: a
 * button removed or re-rendered elsewhere would otherwise leave focus on the page body.
 */
export function useFocusAfterEdit(editor: RefObject<HTMLElement>): (target: FocusTarget) => void {
  const wanted = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = wanted.current;
    if (!target || !editor.current) return;
    wanted.current = null;
    const within = 'step' in target ? `[data-step="${target.step}"] ` : '';
    editor.current.querySelector<HTMLElement>(`${within}[data-action="${target.action}"]`)?.focus();
  });
  return (target) => {
    wanted.current = target;
  };
}
