import { type ComponentChildren, createContext, type VNode } from 'preact';
import { useContext, useLayoutEffect, useState } from 'preact/hooks';
import { yieldToPage } from '../../lib/yield-to-page';

/**
 * Sections of a view drawn in the task that first shows it: the title. Each later one, the first
 * numbers included, takes a task of its own (on first mount the shell shows them meanwhile,
 * entrypoints/full-panel/mount-full-panel.tsx): title, numbers and cadence together, with the
 * panel's frame, were one task of 115–165 ms at 4× CPU throttle (issue 11).
 */
const FIRST_SECTIONS = 1;

/**
 * How many sections of the shown view are still to be drawn: the panel's root says
 * `data-parts="all"` only once none is (lib/content/PanelRoot.tsx).
 */
export interface StagedParts {
  pending: number;
  /** Puts the current answer on the panel's root. */
  show(): void;
}

export const StagedPartsContext = createContext<StagedParts | null>(null);

/**
 * A view's sections, each drawn by a component of its own. In the panel on a CRM page (inside a
 * StagedPartsContext) the first few are drawn with the view and each later one a task after the
 * one before, so that no task of a first render is longer than a frame (issue 11), and drawing a
 * section draws only that section, not the view again. Elsewhere (tests, extension pages) all at once.
 */
export function staged(sections: VNode[]): VNode[] {
  return sections.map((section, order) => (
    <Staged key={section.key ?? order} order={order}>
      {section}
    </Staged>
  ));
}

function Staged({ order, children }: { order: number; children: ComponentChildren }) {
  const parts = useContext(StagedPartsContext);
  const [shown, setShown] = useState(!parts || order < FIRST_SECTIONS);
  useLayoutEffect(() => {
    if (shown || !parts) return;
    parts.pending++;
    parts.show();
    let live = true;
    void (async () => {
      // One yield more than the section before: the sections come a task apart, in page order.
      for (let turn = FIRST_SECTIONS; turn <= order && live; turn++) await yieldToPage();
      if (live) setShown(true);
    })();
    return () => {
      live = false;
      parts.pending--;
      parts.show();
    };
  }, [parts, shown, order]);
  return shown ? children : null;
}
