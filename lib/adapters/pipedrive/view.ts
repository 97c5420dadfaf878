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

/** The record's title element: the first selector that finds a visible one with text wins, most specific first. */
export function titleElement(root: ParentNode): Element | null {
  for (const selector of SELECTORS.title) for (const el of allVisible(root, selector)) if (textOf(el)) return el;
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

/**
 * The first visible match outside the timeline, so a link in an email is not read as a field:
 * outside the item markers and outside the feed's items however they were found (`items`), as
 * pages whose classes the adapter does not know mark none.
 */
export function firstOutsideTimeline(view: Element, selector: string, items: readonly Element[]): Element | null {
  for (const el of allVisible(view, selector))
    if (!el.closest(SELECTORS.flowItem) && !items.some((item) => item.contains(el))) return el;
  return null;
}
