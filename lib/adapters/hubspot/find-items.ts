import { textOf } from '../dom';
import { dateAnchors } from './date-anchors';
import type { ReadingContext } from './reading-context';
import { type ShapedItem, withUndatedSiblings } from './undated-siblings';

/** A timeline item found by its shape, and the date line that marks it. */
interface FoundItem {
  item: Element;
  date: Element;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_A_TIMELINE = 'nav, [role="navigation"], [role="tablist"], [role="banner"]';
/** An item says at least what it is, when, and something more (a title, who, a body). */
const MIN_TEXT_PARTS = 3;

/**
 * Timeline items without a class, id or test id: each date line's largest container that holds
 * no other date line, kept when it has more to say than a label and a value (property rows have
 * two parts) and repeats beside other such items (siblings, or siblings of their groups); then
 * the items beside them whose date could not be read (undated-siblings.ts).
 */
export function findItemsByShape(root: Element, title: Element | null, context: ReadingContext): ShapedItem[] {
  const anchors = dateAnchors(root, context).filter((a) => !a.closest(NOT_A_TIMELINE));
  const perContainer = new Map<Element, number>();
  for (const anchor of anchors)
    for (let node = anchor.parentElement; node && node !== root; node = node.parentElement)
      perContainer.set(node, (perContainer.get(node) ?? 0) + 1);
  const found: FoundItem[] = [];
  for (const date of anchors) {
    let item = date;
    while (item.parentElement && item.parentElement !== root && perContainer.get(item.parentElement) === 1)
      item = item.parentElement;
    item = withoutGroupHeading(item, date);
    if (title && item.contains(title)) continue;
    if (textParts(item) < MIN_TEXT_PARTS) continue;
    found.push({ item, date });
  }
  const around = new Map<Element | null, number>();
  const bump = (el: Element | null) => around.set(el, (around.get(el) ?? 0) + 1);
  for (const { item } of found) {
    bump(item.parentElement);
    bump(item.parentElement?.parentElement ?? null);
  }
  const items = found.filter(({ item }) => {
    const parent = item.parentElement;
    const grandparent = parent?.parentElement ?? null;
    // Another item beside this one, or beside its group (itself counted once at each level).
    return (around.get(parent) ?? 0) > 1 || (grandparent !== null && (around.get(grandparent) ?? 0) > 1);
  });
  return withUndatedSiblings(items, root, { anchors, title, minTextParts: MIN_TEXT_PARTS });
}

/** A group of one item ("Upcoming" and its item) is the item under its heading. */
function withoutGroupHeading(candidate: Element, date: Element): Element {
  let item = candidate;
  for (;;) {
    const children = Array.from(item.children);
    const holder = children.find((c) => c.contains(date));
    const rest = children.filter((c) => c !== holder);
    if (!holder || rest.length === 0 || !rest.every((c) => c.matches(HEADING))) return item;
    item = holder;
  }
}

function textParts(el: Element): number {
  let parts = 0;
  for (const node of Array.from(el.querySelectorAll('*'))) {
    if (node.children.length === 0 && textOf(node)) parts += 1;
    if (parts >= MIN_TEXT_PARTS) break;
  }
  return parts;
}
