import { boundsItem, type ItemBound } from './item-bounds';
import type { HubSpotWords } from './words/types';

/** The record's tabs show one panel at a time (HubSpot keeps the others in the page, hidden). */
const TAB_PANEL = '[role="tabpanel"]';

/** How many of the date lines `lines` each element below `root` holds. */
export function linesPerContainer(lines: readonly Element[], root: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const line of lines)
    for (let node = line.parentElement; node && node !== root; node = node.parentElement)
      counts.set(node, (counts.get(node) ?? 0) + 1);
  return counts;
}

/**
 * The largest block around the date line `date` holding no date line counted in `counts` but its
 * own (`own`: 1 when `date` is counted, else 0), up to what bounds an item (item-bounds.ts), and
 * what stopped it there. A tab panel stopped by another panel's date lines (the Overview kept
 * hidden beside the Activities tab) is still bounded by what stands around it: those lines are
 * never shown beside it.
 */
export function climb(
  date: Element,
  root: Element,
  counts: ReadonlyMap<Element, number>,
  own: 0 | 1,
  words: readonly HubSpotWords[],
): { item: Element; bound?: ItemBound } {
  let item = date;
  for (let parent = item.parentElement; parent && parent !== root; parent = item.parentElement) {
    if ((counts.get(parent) ?? 0) > own)
      return item.matches(TAB_PANEL) ? { item, bound: boundsItem(parent, item, date, words) } : { item };
    const bound = boundsItem(parent, item, date, words);
    if (bound) return { item, bound };
    item = parent;
  }
  return { item };
}
