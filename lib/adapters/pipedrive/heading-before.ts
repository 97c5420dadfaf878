import { remembered } from '../reading-memo';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The nearest heading before an element: the first heading of the closest earlier sibling that
 * has one, walking out through the ancestors' earlier siblings. Each element's answer is kept for
 * the reading, so the items of a long feed share their walk instead of each re-querying every
 * earlier sibling (which made a 500-item timeline quadratic).
 */
export function headingBefore(el: Element): Element | null {
  return remembered('heading-before', el, () => {
    const previous = el.previousElementSibling;
    if (previous) return headingOf(previous) ?? headingBefore(previous);
    return el.parentElement ? headingBefore(el.parentElement) : null;
  });
}

/** The element itself when it is a heading, else its first heading inside. */
function headingOf(el: Element): Element | null {
  return el.matches(HEADING) ? el : el.querySelector(HEADING);
}
