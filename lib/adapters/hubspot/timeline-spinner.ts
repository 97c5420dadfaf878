import { isHidden, textOf } from '../dom';
import { foundItems } from './found-items';
import { TIMELINE, TIMELINE_LOADING_MORE } from './selectors';

/**
 * A loading indicator the timeline draws below what it has, found by its ARIA role where its test
 * id is gone (crm-evidence-2.md: "What lasts longest: ARIA roles and labels"): a progress bar that
 * states no value (WAI-ARIA: `aria-valuenow` left out means indeterminate, still working), or a
 * spinner as Salesforce's reader finds one (timeline-loading.ts: `role="status"` holding empty
 * dots; a live region holding text only is no spinner). An item's own bar (a sequence's steps, a
 * deal's probability) states its value, and one inside an item (found-items.ts) is the item's;
 * below the items means nothing the timeline shows comes after it.
 */
export function spinnerBelowItems(timeline: Element): Element | undefined {
  return Array.from(timeline.querySelectorAll(TIMELINE_LOADING_MORE.spinner)).find(
    (el) =>
      (el.matches(TIMELINE_LOADING_MORE.progressbar) ? !el.hasAttribute('aria-valuenow') : hasEmptyDots(el)) &&
      !isHidden(el) &&
      !inItem(el, timeline) &&
      nothingShownAfter(el, timeline),
  );
}

const ITEM = [TIMELINE.card, TIMELINE.cardFallback].join(', ');

/** Inside an item by its test id or class, or one the reader found by its shape (found-items.ts). */
function inItem(el: Element, timeline: Element): boolean {
  const found = foundItems(timeline.ownerDocument);
  for (let node: Element | null = el; node && node !== timeline; node = node.parentElement)
    if (node.matches(ITEM) || found.has(node)) return true;
  return false;
}

/** No text shows after `el` inside the timeline: no item nor line of one follows it. */
function nothingShownAfter(el: Element, timeline: Element): boolean {
  for (let node: Element | null = el; node && node !== timeline; node = node.parentElement)
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling)
      if (textOf(next) !== '' && !isHidden(next)) return false;
  return true;
}

/**
 * A spinner's animated dots: two or more child elements with no text and nothing inside, beside at
 * most a short assistive label ("Loading"). A status line saying something ("No activities yet",
 * "You've reached the end") beside an icon, or an empty announcer region, is no spinner.
 */
function hasEmptyDots(el: Element): boolean {
  const dots = Array.from(el.children).filter((child) => child.children.length === 0 && textOf(child) === '');
  return dots.length >= 2 && textOf(el).length <= SPINNER_LABEL_MAX;
}

/** Longest assistive label a spinner carries ("Loading…", "Chargement…"). */
const SPINNER_LABEL_MAX = 20;
