import type { NotRead } from '../../schema/read-result';
import { textOf } from '../dom';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { showsText } from './shown-text';
import { shownInRecord } from './structure';

/** Lightning's timeline entries still empty: loading placeholders (crm-pages.md), open shadow roots included. */
function placeholders(view: Element): { shown: Element[]; empty: Element[] } {
  const shown = deepQueryAll(view, SEL.stencil).filter((el) => shownInRecord(el, view));
  return { shown, empty: shown.filter((el) => !showsText(el)) };
}

/** The whole timeline is still loading: it shows placeholders and nothing else yet. */
export function isLoading(view: Element): boolean {
  const { shown, empty } = placeholders(view);
  return shown.length > 0 && empty.length === shown.length;
}

/**
 * Why a timeline that shows some items has not loaded all of them yet: empty placeholders beside
 * or below its loaded items (crm-pages.md: "wait until they are gone"), else, by no class name, a
 * region of the timeline marked `aria-busy="true"` (WAI-ARIA's state for content still loading),
 * or a spinner: `lightning-spinner` renders `div[role="status"]` holding its assistive text and
 * two empty dots (salesforce/base-components-recipes, spinner.html; the SLDS spinner blueprint
 * alike). A `role="status"` live region holds text only, no empty dots, and is no spinner.
 * `inTimeline` places a spinner or busy region in the timeline (a busy list may also hold the items
 * it has), `outside` keeps an item's own (an email body loading when expanded says nothing of the
 * list). Undefined when none shows. Items in page order.
 */
export function stillLoading(
  view: Element,
  items: readonly Element[],
  inTimeline: (el: Element) => boolean,
  outside: (el: Element) => boolean,
): NotRead | undefined {
  const { empty } = placeholders(view);
  if (empty.length > 0) {
    const entries = empty.length === 1 ? 'one entry shows' : `${empty.length} entries show`;
    return { field: 'activities', reason: `the activity timeline is still loading: ${entries} only a placeholder` };
  }
  const near = (el: Element) => inTimeline(el) && outside(el);
  const holdsItems = (el: Element) => items.some((item) => el.contains(item));
  if (deepQueryAll(view, '[aria-busy="true"]').some((el) => near(el) || holdsItems(el))) {
    return { field: 'activities', reason: 'the activity timeline is still loading: part of it is marked busy' };
  }
  const spinner = deepQueryAll(view, '[role="status"]').find((el) => near(el) && hasEmptyDots(el));
  if (spinner) {
    const label = textOf(spinner);
    return {
      field: 'activities',
      reason: `the activity timeline is still loading: it shows a loading spinner${label ? ` ("${label}")` : ''}`,
    };
  }
  return undefined;
}

/** A spinner's animated dots: child elements with no text and nothing inside. */
function hasEmptyDots(el: Element): boolean {
  return Array.from(el.children).some((child) => child.children.length === 0 && textOf(child) === '');
}
