import { allVisible, follows } from '../dom';
import type { PageClock } from '../types';
import { isDated } from './dated-line';
import { showsTimeAlone } from './day-group';
import { isDayHeader } from './day-header';
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
 * say what they are and carry a date is their list, never an entry: its entries are those dated
 * parts and the undated ones drawn like them (an entry whose date is not readable), each looked
 * into the same way; what else it holds says nothing of a type (a day's label). Under a day's header
 * (day-group.ts) a part showing its time alone is dated by the header: the group is a list even of
 * one such entry, never the entry titled by its header. A part that says
 * what it is but is neither (an expanded mail thread's header row, its type icon and subject link
 * above the messages, each message dated and with its From line) makes the element one entry:
 * the thread, split into its messages under its subject later (mail-thread.ts).
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
  const dayHeaderOf = (el: Element) =>
    linesOf(el).find((line) => line.closest(SELECTORS.flowItem) === el && isDayHeader(line, clock, language));
  /**
   * The parts that carry a date, two at least; under a day's header of the element's own, a part
   * below it showing its time alone (day-group.ts) carries its day, and one such part is enough.
   */
  const datedParts = (el: Element, parts: Element[]): Element[] | undefined => {
    const dated = parts.filter(datedEntry);
    if (dated.length >= 2) return dated;
    const header = parts.length > 0 ? dayHeaderOf(el) : undefined;
    if (!header) return undefined;
    const onDay = parts.filter((part) => datedEntry(part) || (saysEntry(part) && showsTimeAlone(part, language.words)));
    return onDay.length > 0 && onDay.every((part) => follows(part, header)) ? onDay : undefined;
  };
  const entriesOf = (el: Element): Element[] => {
    const parts = inside.get(el) ?? [];
    const dated = datedParts(el, parts);
    if (!dated) return [el];
    const typed = parts.filter(saysEntry);
    const entries = typed.filter((part) => dated.includes(part) || dated.some((d) => drawnAlike(part, d)));
    return entries.length === typed.length ? entries.flatMap(entriesOf) : [el];
  };
  return (inside.get(null) ?? []).flatMap(entriesOf);
}

function nearestMarkedAbove(el: Element, set: Set<Element>, stop: Element): Element | null {
  for (let node = el.parentElement; node && node !== stop; node = node.parentElement) if (set.has(node)) return node;
  return null;
}

/** Drawn by one component: the same tag with a class or test id in common (`FlowItem_item__t7Kq2`). */
function drawnAlike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const testId = a.getAttribute('data-testid');
  if (testId !== null && testId === b.getAttribute('data-testid')) return true;
  return Array.from(a.classList).some((name) => b.classList.contains(name));
}
