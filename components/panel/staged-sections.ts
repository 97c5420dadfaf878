import { createContext } from 'preact';
import { useContext, useLayoutEffect, useState } from 'preact/hooks';
import { yieldToPage } from '../../lib/yield-to-page';

/** Sections of a view drawn in the task that first shows it: the title and the first numbers. */
const FIRST_SECTIONS = 3;

/**
 * Where a view being drawn a section per task says how far it is: the panel's root says
 * `data-parts="all"` only once every section of the shown view is in the DOM (lib/content/PanelRoot.tsx).
 */
export interface StagedParts {
  viewMounted: boolean;
  complete: boolean;
  /** Puts the current answer on the panel's root. */
  show(): void;
}

export const StagedPartsContext = createContext<StagedParts | null>(null);

/**
 * How many of a view's `total` sections to draw now. In the panel on a CRM page (inside a
 * StagedPartsContext), a new view draws its first sections, then one more per task, so that no
 * task of its first render is longer than a frame (issue 11); elsewhere (tests, extension pages)
 * all at once.
 */
export function useStagedSections(total: number): number {
  const parts = useContext(StagedPartsContext);
  const [shown, setShown] = useState(parts ? Math.min(FIRST_SECTIONS, total) : total);
  useLayoutEffect(() => {
    if (!parts) return;
    parts.viewMounted = true;
    return () => {
      parts.viewMounted = false;
    };
  }, [parts]);
  useLayoutEffect(() => {
    if (parts) {
      parts.complete = shown >= total;
      parts.show();
    }
    if (shown >= total) return;
    let live = true;
    void yieldToPage().then(() => {
      if (live) setShown((count) => Math.min(count + 1, total));
    });
    return () => {
      live = false;
    };
  }, [parts, shown, total]);
  return Math.min(shown, total);
}
