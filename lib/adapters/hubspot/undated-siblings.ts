import { byPageOrder, textOf } from '../dom';
import { saidLeaves } from './item-text';
import { inRecord } from './scope';

/** An item found by its shape; `date` is its date line, where it has one in the place its siblings do. */
export interface ShapedItem {
  item: Element;
  date?: Element;
}

/**
 * Items without a class or test id are found by their date lines (find-items.ts): one whose date
 * the page shows unreadably ("sometime last spring") or not at all has none, yet sits among dated
 * items with their shape (the same tag and the same children). It is read too, so its date can be
 * reported as not read instead of the item vanishing; its date line is the element in the place
 * where its sibling's is.
 */
export interface ItemShape {
  /** Every date line of the record: a sibling holding one was left out for a reason (a group heading). */
  anchors: Element[];
  /** The record's title element: never part of an item. */
  title: Element | null;
  /** Texts a dated item says at least (item-text.ts, controls' labels left out); an undated one has its date line fewer. */
  minTextParts: number;
}

export function withUndatedSiblings(found: ShapedItem[], root: Element, shape: ItemShape): ShapedItem[] {
  const known = new Set<Element>(found.map(({ item }) => item));
  const extra: ShapedItem[] = [];
  for (const { item, date } of found) {
    for (const sibling of Array.from(item.parentElement?.children ?? [])) {
      if (known.has(sibling) || !sameShape(sibling, item) || !inRecord(sibling, root)) continue;
      if (shape.title && sibling.contains(shape.title)) continue;
      if (shape.anchors.some((anchor) => sibling.contains(anchor))) continue;
      if (saidLeaves(sibling).length < shape.minTextParts - 1) continue;
      known.add(sibling);
      const line = date ? atPath(sibling, pathTo(date, item)) : undefined;
      extra.push(
        line && line.children.length === 0 && textOf(line) ? { item: sibling, date: line } : { item: sibling },
      );
    }
  }
  if (extra.length === 0) return found;
  return [...found, ...extra].sort((a, b) => byPageOrder(a.item, b.item));
}

/** The same tag, with children of the same tags in the same order. */
export function sameShape(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.children.length !== b.children.length) return false;
  return Array.from(a.children).every((child, i) => child.tagName === b.children[i]?.tagName);
}

/** Child positions from `from` down to `el`. */
export function pathTo(el: Element, from: Element): number[] {
  const path: number[] = [];
  for (let node = el; node !== from && node.parentElement; node = node.parentElement)
    path.unshift(Array.from(node.parentElement.children).indexOf(node));
  return path;
}

/** The element at `path` (child positions) below `from`. */
export function atPath(from: Element, path: number[]): Element | undefined {
  let node: Element | undefined = from;
  for (const index of path) node = node?.children[index];
  return node;
}
