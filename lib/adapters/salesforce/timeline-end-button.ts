import { textOf } from '../dom';
import { belowTimeline } from './timeline-placement';

/**
 * A button below the timeline's last item, where Lightning puts "Load More Past Activities": on a
 * page in a language Touchline has no words for, its label cannot say whether older activities
 * wait behind it, so it is taken as possibly doing so. Found without wording or class names: a
 * button (a link opens another page) that is neither a section toggle (`aria-expanded`) nor a menu
 * (`aria-haspopup`), below the timeline (timeline-placement.ts). `controls` are those outside
 * every item; `inTimeline` places them in the timeline (timeline-gaps.ts).
 */
export function buttonBelowTimeline(
  controls: readonly Element[],
  items: readonly Element[],
  inTimeline: (el: Element) => boolean,
): Element | undefined {
  return controls.find(
    (c) =>
      c.matches(BUTTON) &&
      !c.hasAttribute('aria-expanded') &&
      !c.hasAttribute('aria-haspopup') &&
      belowTimeline(c, items, inTimeline),
  );
}

/** A control's label as a rep would read it: its text, else its `aria-label` or `title`. */
export function labelOf(control: Element): string {
  return textOf(control) || control.getAttribute('aria-label') || control.getAttribute('title') || '';
}

const BUTTON = 'button, [role="button"]';
