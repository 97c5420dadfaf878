import { allVisible, isHidden, textOf } from '../dom';
import { inLayers, modalLayers } from '../modal-layer';
import { remembered } from '../reading-memo';
import { recordLists } from './list-heading';
import { recordLayer } from './record-in-layer';
import { SELECTORS } from './selectors';
import { TITLE_LIKE } from './titles';

/**
 * The visible record view. Pipedrive's app can keep an earlier view in the DOM, hidden; the
 * innermost visible container that holds a title wins, so a hidden cached view is never read. A
 * modal layer in it that holds the record's own page (a deal opened over the pipeline board,
 * record-in-layer.ts) is the view: the page behind it is not the record.
 */
export function visibleView(doc: Document): Element | null {
  const views = allVisible(doc, SELECTORS.detailView);
  const withTitle = views.filter((view) => titleElement(view) !== null);
  const innermost = (list: Element[]) => list.find((v) => !list.some((o) => o !== v && v.contains(o))) ?? null;
  const view = innermost(withTitle) ?? innermost(views) ?? (doc.body && !isHidden(doc.body) ? doc.body : null);
  return view ? (recordLayer(view) ?? view) : null;
}

/**
 * The record's title element: the first selector that finds a visible one with text wins, most
 * specific first; `keep` may leave some out.
 */
export function titleElement(root: ParentNode, keep: (el: Element) => boolean = () => true): Element | null {
  for (const selector of SELECTORS.title)
    for (const el of allVisible(root, selector)) if (textOf(el) && keep(el)) return el;
  return null;
}

/**
 * The element naming the shown record. A modal layer inside the view (modal-layer.ts) is drawn
 * over the record, so a title outside every layer is the record's; only when none is outside is
 * the record the one drawn in a layer (a record opened in a dialog over a list). A list of
 * records beside the record (the Leads Inbox, list-heading.ts) holds no title of the record's.
 */
export function recordTitle(view: Element): Element | null {
  const layers = modalLayers(view);
  const lists = recordLists(view);
  const own = (el: Element) => !lists.some(({ list }) => list.contains(el));
  const outside = (el: Element) => own(el) && !inLayers(el, layers);
  const heading = (keep: (el: Element) => boolean) => allVisible(view, TITLE_LIKE).find((el) => textOf(el) && keep(el));
  return titleElement(view, outside) ?? heading(outside) ?? titleElement(view, own) ?? heading(own) ?? null;
}

/**
 * Modal layers inside the view that do not hold the record's title: another record's drawer or
 * preview over it. Found once per reading: every field lookup asks.
 */
export function layersOverRecord(view: Element): Element[] {
  return remembered('layers-over-record', view, () => {
    const title = recordTitle(view);
    return title ? modalLayers(view).filter((layer) => !layer.contains(title)) : [];
  });
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
