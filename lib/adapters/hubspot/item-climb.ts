import { boundsItem, type ItemBound } from './item-bounds';
import type { HubSpotWords } from './words/types';

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
 * what stopped it there.
 */
export function climb(
  date: Element,
  root: Element,
  counts: ReadonlyMap<Element, number>,
  own: 0 | 1,
  words: readonly HubSpotWords[],
): { item: Element; bound?: ItemBound } {
  let item = date;
  while (item.parentElement && item.parentElement !== root && (counts.get(item.parentElement) ?? 0) <= own) {
    const bound = boundsItem(item.parentElement, item, date, words);
    if (bound) return { item, bound };
    item = item.parentElement;
  }
  return { item };
}
