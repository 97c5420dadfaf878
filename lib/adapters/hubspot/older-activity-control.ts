import { fold } from '../../locale/fold';
import { follows, isHidden, textOf } from '../dom';
import { buttonBelowItems } from './button-below-items';
import type { ReadingContext } from './reading-context';
import { recordElements } from './scope';
import { TIMELINE_LOADING_MORE } from './selectors';
import { isVisuallyHidden } from './visually-hidden';

/**
 * The label of a shown control under the timeline's items that fetches older ones ("Load more",
 * "Show older activity"): the timeline was read only in part (README: a timeline "only partly
 * loaded" is reported). Only a control after the first item and outside every item counts: an
 * item's own "Show more" opens a long note, and the sidebars' links are no part of the timeline.
 * A link to the whole timeline ("View all activities") counts under a card of the newest items
 * that holds every item read (the Overview tab's alone on the page); beside a timeline read in full,
 * in the same tab or another, it opens nothing the reading lacks. On a page in a language without a
 * table, a button below the items counts whatever it says (button-below-items.ts).
 */
export function olderActivityControl(
  root: Element,
  cards: readonly Element[],
  context: ReadingContext,
): string | undefined {
  if (cards.length === 0) return undefined;
  const first = cards.reduce((earliest, card) => (follows(earliest, card) ? card : earliest));
  const sidebars = recordElements(root, TIMELINE_LOADING_MORE.sidebars);
  const control = recordElements(root, TIMELINE_LOADING_MORE.control).find(
    (c) =>
      follows(c, first) &&
      !cards.some((card) => card.contains(c)) &&
      !sidebars.some((bar) => bar.contains(c)) &&
      !isHidden(c) &&
      !isVisuallyHidden(c, root) &&
      opensOlderItems(c, cards, context),
  );
  if (control) return textOf(control);
  const unworded = context.noWordsFor ? buttonBelowItems(root, cards) : undefined;
  return unworded ? textOf(unworded) || unworded.getAttribute('aria-label') || undefined : undefined;
}

function opensOlderItems(control: Element, cards: readonly Element[], context: ReadingContext): boolean {
  const label = fold(textOf(control));
  if (context.words.some((w) => w.olderActivity.test(label))) return true;
  return context.words.some((w) => w.allActivity.test(label)) && besideEveryItem(control, cards);
}

/** The nearest block around `control` holding an item read holds every one of them. */
function besideEveryItem(control: Element, cards: readonly Element[]): boolean {
  for (let node = control.parentElement; node; node = node.parentElement)
    if (cards.some((card) => node.contains(card))) return cards.every((card) => node.contains(card));
  return false;
}
