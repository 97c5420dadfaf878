import { follows } from '../dom';
import { SEL } from './selectors';
import { isRelatedRow } from './structure';

/**
 * The control sits below the timeline's items, where its load control goes, not in a card the
 * page happens to place after the timeline (a sidebar card's "View More", a related list's "New"):
 * it is in the timeline (`inTimeline`, timeline-gaps.ts), no timeline item follows it, and it is
 * beside the timeline's items (`besideTimeline`). Related-list rows are items too, but a list after
 * the timeline does not make the timeline's last control any less its last.
 */
export function belowTimeline(
  control: Element,
  items: readonly Element[],
  inTimeline: (el: Element) => boolean,
): boolean {
  const timelineItems = items.filter((item) => !isRelatedRow(item));
  return (
    timelineItems.length > 0 &&
    inTimeline(control) &&
    !timelineItems.some((item) => follows(item, control)) &&
    besideTimeline(control, timelineItems)
  );
}

/**
 * Part of the timeline, found without class names: outside related cards, and the nearest
 * container the element shares with timeline items holds no related list outside those items (an
 * email's body may hold a table of its own), while the branch of that container that holds the
 * element is no card of its own (no heading, no `article`).
 */
export function besideTimeline(el: Element, timelineItems: readonly Element[]): boolean {
  if (el.closest(SEL.relatedCard)) return false;
  for (let branch = el, node = el.parentElement; node; branch = node, node = node.parentElement) {
    if (timelineItems.some((item) => node.contains(item)))
      return !holdsRelatedList(node, timelineItems) && !branch.matches(CARD) && !branch.querySelector(CARD);
  }
  return false;
}

function holdsRelatedList(node: Element, timelineItems: readonly Element[]): boolean {
  return Array.from(node.querySelectorAll(RELATED_LIST)).some(
    (list) => !timelineItems.some((item) => item.contains(list)),
  );
}

const RELATED_LIST = `${SEL.relatedList}, table, [role="grid"], [role="table"]`;
/** What makes a part of the page a card of its own: a title (SLDS card header) or an `article`. */
const CARD = 'article, h1, h2, h3, h4, h5, h6, [role="heading"]';
