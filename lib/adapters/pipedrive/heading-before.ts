import { remembered } from '../reading-memo';
import { visibleText } from './lines';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The nearest heading before an element: the closest earlier sibling that is a heading or a
 * header row holding one (headingOf), walking out through the ancestors' earlier siblings. Each element's answer is kept for
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

/** Controls a section's header row holds beside its heading: filter chips, "+ Activity", a menu. */
const CONTROL = 'button, [role="button"], [role="tab"], [aria-pressed], select';

/** Text a header row may hold beside its heading and controls: a count, a short note. */
const OWN_TEXT = 30;

/**
 * The element itself when it is a heading, else its heading inside when the element is a header
 * row: the heading, controls, little else. An earlier entry whose subject is a heading (h4), or
 * a whole earlier section with its entries, holds much more: its heading does not head what
 * follows.
 */
function headingOf(el: Element): Element | null {
  if (el.matches(HEADING)) return el;
  const inner = el.querySelector(HEADING);
  if (!inner) return null;
  return textBeside(el, inner).length <= OWN_TEXT ? inner : null;
}

/** The element's visible text outside the heading and outside controls. */
function textBeside(el: Element, heading: Element): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element !== heading && !element.matches(CONTROL) && visibleText(element)) walk(element);
      }
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
