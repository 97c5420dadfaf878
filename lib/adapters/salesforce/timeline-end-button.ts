import { follows, textOf } from '../dom';
import { SEL } from './selectors';
import { isRelatedRow } from './structure';

/**
 * A button below the timeline's last item, where Lightning puts "Load More Past Activities": on a
 * page in a language Touchline has no words for, its label cannot say whether older activities
 * wait behind it, so it is taken as possibly doing so. Found without wording or class names: a
 * button (a link opens another page) that no item follows, that is neither a section toggle
 * (`aria-expanded`) nor a menu (`aria-haspopup`), and that shares its nearest item-holding
 * container with timeline items, not with a related list (a card's "New" button). `controls` are
 * those outside every item; `inTimeline` places them in the timeline (timeline-gaps.ts).
 */
export function buttonBelowTimeline(
  controls: readonly Element[],
  items: readonly Element[],
  inTimeline: (el: Element) => boolean,
): Element | undefined {
  const timelineItems = items.filter((item) => !isRelatedRow(item));
  if (timelineItems.length === 0) return undefined;
  return controls.find(
    (c) =>
      c.matches(BUTTON) &&
      !c.hasAttribute('aria-expanded') &&
      !c.hasAttribute('aria-haspopup') &&
      inTimeline(c) &&
      !items.some((item) => follows(item, c)) &&
      !c.closest(SEL.relatedCard) &&
      besideTimelineItems(c, timelineItems),
  );
}

/** A control's label as a rep would read it: its text, else its `aria-label` or `title`. */
export function labelOf(control: Element): string {
  return textOf(control) || control.getAttribute('aria-label') || control.getAttribute('title') || '';
}

const BUTTON = 'button, [role="button"]';
const RELATED_LIST = `${SEL.relatedList}, table, [role="grid"], [role="table"]`;

/** The control's nearest ancestor that holds a timeline item holds no related list. */
function besideTimelineItems(control: Element, timelineItems: readonly Element[]): boolean {
  for (let node = control.parentElement; node; node = node.parentElement) {
    if (timelineItems.some((item) => node.contains(item))) return !node.querySelector(RELATED_LIST);
  }
  return false;
}
