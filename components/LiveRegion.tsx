import type { ComponentChildren } from 'preact';

/**
 * Where the panel says what the rep's action did (the undo offer of a touch just logged, the
 * notice of a record erased) while focus stays on the button pressed. Always there, empty until
 * then: readers announce what comes into a live region already on the page, not one added
 * together with its words (MDN, ARIA live regions). A role of its own: nothing in it needs one.
 */
export function LiveRegion({ children }: { children?: ComponentChildren }) {
  return <div role="status">{children}</div>;
}
