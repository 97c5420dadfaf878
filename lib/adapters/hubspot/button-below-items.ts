import { follows, isHidden } from '../dom';
import { recordElements } from './scope';
import { TIMELINE } from './selectors';
import { isVisuallyHidden } from './visually-hidden';

/**
 * On a page in a language Touchline has no words for (Swedish "Läs in fler"), a button below the
 * timeline's last item cannot say by its label whether older items wait behind it, so it is taken
 * as possibly fetching them, as Salesforce's reader takes one (timeline-end-button.ts). Found
 * without wording or class names: a button (a link opens another page) that toggles nothing
 * (`aria-expanded`, an item's accordion or a group) and opens no menu (`aria-haspopup`), shown,
 * inside the timeline (crm-pages.md) after its last item, and in no block of it that holds an item:
 * an item's own controls ("Reply", "Pin") and a group's sit beside items, the timeline's own below
 * them. A control inside the last group is missed so: the price of never reading an item's button
 * as the timeline's.
 */
export function buttonBelowItems(root: Element, cards: readonly Element[]): Element | undefined {
  if (cards.length === 0) return undefined;
  const last = cards.reduce((latest, card) => (follows(card, latest) ? card : latest));
  for (const timeline of recordElements(root, TIMELINE.container)) {
    if (!timeline.contains(last)) continue;
    const button = Array.from(timeline.querySelectorAll(BUTTON)).find(
      (b) =>
        !b.hasAttribute('aria-expanded') &&
        !b.hasAttribute('aria-haspopup') &&
        follows(b, last) &&
        !besideAnItem(b, timeline, cards) &&
        !isHidden(b) &&
        !isVisuallyHidden(b, root),
    );
    if (button) return button;
  }
  return undefined;
}

const BUTTON = 'button, [role="button"]';

/** A block between `el` and the timeline (`el` itself included) holds an item. */
function besideAnItem(el: Element, timeline: Element, cards: readonly Element[]): boolean {
  for (let node: Element | null = el; node && node !== timeline; node = node.parentElement)
    if (cards.some((card) => node.contains(card) || card.contains(node))) return true;
  return false;
}
