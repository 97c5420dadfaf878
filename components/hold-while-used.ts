import { useLayoutEffect, useRef } from 'preact/hooks';

export interface HoldCallbacks {
  /** Focus or the pointer came into the element (true), or both have left it (false). */
  onHold?(held: boolean): void;
  /** The element is being removed; `hadFocus` says whether focus was inside it (the browser drops it on the page's body). */
  onRemoved?(hadFocus: boolean): void;
}

/**
 * Follows focus and the pointer in and out of one element, so what would go away by itself (the
 * undo offer) can wait while someone is on it. Moving between its own controls is not leaving it.
 * On removal it lets go first: a browser fires no focusout for a removed element, or one too late.
 */
export function useHoldWhileUsed<T extends HTMLElement>(callbacks: HoldCallbacks) {
  const element = useRef<T>(null);
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const on = useRef({ focus: false, pointer: false, held: false, removed: false });
  const tell = () => {
    const now = on.current.focus || on.current.pointer;
    if (now === on.current.held || on.current.removed) return;
    on.current.held = now;
    latest.current.onHold?.(now);
  };
  // Runs before the element leaves the page, while focus can still be seen inside it.
  useLayoutEffect(
    () => () => {
      const root = element.current?.getRootNode() as Document | ShadowRoot | undefined;
      latest.current.onRemoved?.(element.current?.contains(root?.activeElement ?? null) ?? false);
      on.current.focus = on.current.pointer = false;
      tell();
      on.current.removed = true;
    },
    [],
  );
  return {
    ref: element,
    onFocusIn: () => {
      on.current.focus = true;
      tell();
    },
    onFocusOut: (event: FocusEvent) => {
      on.current.focus = element.current?.contains(event.relatedTarget as Node | null) ?? false;
      tell();
    },
    onPointerEnter: () => {
      on.current.pointer = true;
      tell();
    },
    onPointerLeave: () => {
      on.current.pointer = false;
      tell();
    },
  };
}
