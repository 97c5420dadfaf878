import type { Layout } from './layout-choice';
import type { PanelModel, PanelStore } from './panel-store';

/** The open panel's width: `.tl-panel` in components/styles/frame.css. */
export const PANEL_WIDTH_PX = 320;

/** Narrower than this beside the panel, a CRM page is no longer usable: the panel overlays it instead. */
const MIN_PAGE_WIDTH_PX = 480;

/** The one element Touchline adds to the CRM's own document (besides the panel's host). */
export const MAKE_ROOM_STYLE_ID = 'touchline-make-room';

/*
 * Making room narrows the root element with a right margin, as sidebar tools that push the page
 * do (Hypothesis narrows <body> the same way): every element in the page's flow, sticky headers
 * included, then ends left of the panel, and the page still scrolls as before. Fixed elements
 * anchored to the viewport's right edge stay under the panel: the only CSS that moves them (a
 * transform or `contain` on the root, making it their containing block) also makes them scroll
 * away with the page, and would carry the panel's own fixed host off screen too. The media query
 * gives the page its whole width back when the window is too narrow for both.
 */
const MAKE_ROOM_CSS = `@media (min-width: ${PANEL_WIDTH_PX + MIN_PAGE_WIDTH_PX}px) {
  html { width: auto !important; margin-right: ${PANEL_WIDTH_PX}px !important; }
}`;

/**
 * Narrows the page beside the open panel in `make-room`, and gives it its whole width back
 * otherwise (overlay, or the panel folded to its tab). Pages that lay out in script learn of the
 * change through a `resize` event, as when the window itself is resized.
 */
export function applyLayout(doc: Document, layout: Layout, open: boolean): void {
  const wanted = layout === 'make-room' && open;
  const present = doc.getElementById(MAKE_ROOM_STYLE_ID);
  if (wanted === (present !== null)) return;
  if (present) present.remove();
  else {
    const style = doc.createElement('style');
    style.id = MAKE_ROOM_STYLE_ID;
    style.textContent = MAKE_ROOM_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  doc.defaultView?.dispatchEvent(new Event('resize'));
}

/** Whether the panel takes room beside the page: shown, on a record, and not folded. */
function isOpen({ state, collapsed }: PanelModel): boolean {
  return state.status !== 'not-record' && !collapsed;
}

/**
 * Keeps the page's layout in step with the panel: from the moment the first-numbers shell
 * shows, through folding, unfolding and a change of layout. Returns a function that stops and
 * gives the page its whole width back (the content script calls it when it is invalidated).
 */
export function followLayout(store: PanelStore, doc: Document = document): () => void {
  const apply = (model: PanelModel) => applyLayout(doc, model.layout ?? 'overlay', isOpen(model));
  apply(store.get());
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    applyLayout(doc, 'overlay', false);
  };
}
