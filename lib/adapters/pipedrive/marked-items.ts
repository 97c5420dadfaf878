import { allVisible } from '../dom';
import type { PageClock } from '../types';
import { isDated } from './find-items';
import { linesOf } from './lines';
import type { PageLanguage } from './page-locale';
import { isQuotedHeaderRow } from './quoted-header';
import { SELECTORS } from './selectors';
import { hasTypeSignal } from './type-signals';

/**
 * The feed's entries among the elements carrying the item marker. Hashed class names put the
 * marker on an entry's parts (`FlowItem_date__…`, crm-evidence-2.md), so the outermost marked
 * element is the entry; but a component named after the entries it holds gets the marker too (a
 * list `FlowItemsList_…`, a day group `FlowItemGroup_…`: the same naming, a guess). Each entry
 * carries one date (find-items.ts), so a marked element holding several marked parts that each
 * say what they are and carry a date is their list, never an entry: its entries are those parts
 * that say what they are (an entry whose date is not readable among them too), each looked into
 * the same way. Within one entry at most one part does both (the header with the done toggle shows
 * no date, the meta line with the date no type), so an entry stays whole.
 */
export function markedItems(view: Element, clock: PageClock, language: PageLanguage): Element[] {
  const marked = allVisible(view, SELECTORS.flowItem);
  const markedSet = new Set(marked);
  const inside = new Map<Element | null, Element[]>();
  for (const el of marked) {
    const holder = nearestMarkedAbove(el, markedSet, view);
    inside.set(holder, [...(inside.get(holder) ?? []), el]);
  }
  const saysEntry = (el: Element) => hasTypeSignal(el, language.words);
  const datedEntry = (el: Element) =>
    saysEntry(el) &&
    linesOf(el).some((line) => isDated(line, clock, language) && !isQuotedHeaderRow(line, language.words));
  const entriesOf = (el: Element): Element[] => {
    const parts = inside.get(el) ?? [];
    return parts.filter(datedEntry).length > 1 ? parts.filter(saysEntry).flatMap(entriesOf) : [el];
  };
  return (inside.get(null) ?? []).flatMap(entriesOf);
}

function nearestMarkedAbove(el: Element, set: Set<Element>, stop: Element): Element | null {
  for (let node = el.parentElement; node && node !== stop; node = node.parentElement) if (set.has(node)) return node;
  return null;
}
