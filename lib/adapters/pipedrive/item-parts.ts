import { allVisible } from '../dom';
import { remembered } from '../reading-memo';
import { SELECTORS } from './selectors';
import { CHECKBOX } from './type-signals';

/** Every marker an item's parts may carry, asked of the item in one query rather than one per part. */
const ITEM_PARTS = [
  SELECTORS.itemDate,
  SELECTORS.callOutcome,
  SELECTORS.changeField,
  SELECTORS.changeOld,
  SELECTORS.changeNew,
  SELECTORS.emailDirection,
  SELECTORS.emailFrom,
  SELECTORS.itemTypeLabel,
  SELECTORS.itemIcon,
  SELECTORS.itemDone,
  SELECTORS.itemSubject,
  SELECTORS.itemBody,
  SELECTORS.itemOwner,
  CHECKBOX,
  's, del, [style*="line-through"]',
].join(', ');

/**
 * The first visible part of an item matching a selector, like `firstVisible(item, selector)`
 * for the selectors above: a feed of hundreds of items is queried once per item, not once per
 * part (each query walks the item again).
 */
export function itemPart(item: Element, selector: string): Element | null {
  return itemParts(item).find((el) => el.matches(selector)) ?? null;
}

export function itemParts(item: Element): Element[] {
  return remembered('parts', item, () => allVisible(item, ITEM_PARTS));
}
