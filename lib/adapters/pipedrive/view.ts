import { allVisible, isHidden, textOf } from '../dom';
import { SELECTORS } from './selectors';

/**
 * The visible record view. Pipedrive's app can keep an earlier view in the DOM, hidden; the
 * innermost visible container that holds a title wins, so a hidden cached view is never read.
 */
export function visibleView(doc: Document): Element | null {
  const views = allVisible(doc, SELECTORS.detailView);
  const withTitle = views.filter((view) => titleElement(view) !== null);
  const innermost = (list: Element[]) => list.find((v) => !list.some((o) => o !== v && v.contains(o))) ?? null;
  return innermost(withTitle) ?? innermost(views) ?? (doc.body && !isHidden(doc.body) ? doc.body : null);
}

export function titleElement(root: ParentNode): Element | null {
  for (const el of allVisible(root, SELECTORS.title)) if (textOf(el)) return el;
  return null;
}

/** Loading placeholders shown inside the visible view (or anywhere, before any view exists). */
export function loadingPlaceholders(doc: Document, view: Element | null): Element[] {
  return allVisible(view ?? doc, SELECTORS.loading);
}

/**
 * The record id a view says it shows, where it says so (`data-id` on the view, guess). A view
 * for another record means the app has not switched yet.
 */
export function viewRecordId(view: Element): string | null {
  return view.getAttribute('data-record-id') ?? null;
}

/** The first visible match outside the timeline, so a link in an email is not read as a field. */
export function firstOutsideTimeline(view: Element, selector: string): Element | null {
  for (const el of allVisible(view, selector)) if (!el.closest(SELECTORS.flowItem)) return el;
  return null;
}
