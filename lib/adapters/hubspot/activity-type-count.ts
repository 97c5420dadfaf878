import { follows, isHidden, textOf } from '../dom';
import { recordElements } from './scope';
import { TIMELINE_FILTER } from './selectors';

/** The timeline filter bar's count of activity types: "Filter activity (3/25)" shows 3 of 25. */
export interface ActivityTypeCount {
  shown: number;
  total: number;
  /** The dropdown showing the count. */
  control: Element;
}

/**
 * A control's whole text ending in "(shown/total)": its label ("Filter activity", "Aktivität
 * filtern") is the page's language, the count's shape is not, so no word table is needed. Short, so
 * an item's expandable preview (a `role="button"` around its whole text) ending so is never taken.
 */
const COUNT = /^[^()]{0,60}\((\d+)\s*\/\s*(\d+)\)$/;

/**
 * The type count of the filter bar nearest the anchor (the first item read, or the timeline when it
 * shows none): in the closest ancestor of the anchor that has one before it or inside it, the last
 * such, so a sidebar's control is never taken while the timeline's own bar is there.
 */
export function activityTypeCount(root: Element, anchor: Element | undefined): ActivityTypeCount | undefined {
  if (!anchor) return undefined;
  const counts = recordElements(root, TIMELINE_FILTER.control).flatMap((control) => {
    const count = isHidden(control) ? undefined : countOf(control);
    return count ? [count] : [];
  });
  const near = (control: Element) =>
    anchor.contains(control) || (follows(anchor, control) && !control.contains(anchor));
  for (let node: Element | null = anchor; node && counts.length > 0; node = node.parentElement) {
    const before = counts.filter(({ control }) => node.contains(control) && near(control));
    if (before.length > 0) return before[before.length - 1];
    if (node === root) return undefined;
  }
  return undefined;
}

function countOf(control: Element): ActivityTypeCount | undefined {
  const match = COUNT.exec(textOf(control));
  if (!match) return undefined;
  const shown = Number(match[1]);
  const total = Number(match[2]);
  return total > 0 && shown <= total ? { shown, total, control } : undefined;
}
