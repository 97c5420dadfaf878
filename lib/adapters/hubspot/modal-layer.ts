/**
 * A modal layer: `aria-modal="true"` says the page behind it is inert, so the layer is drawn over
 * that page rather than being part of it: a contact preview opened from a deal's contacts card, a
 * preview panel over the contacts list (guessed markup: no source in crm-pages.md or
 * crm-evidence-2.md shows HubSpot's preview panel). No source or fixture draws a HubSpot record
 * page itself in a modal layer, so what a layer shows is never the page's record.
 */
export const MODAL_LAYER = '[aria-modal="true"]';

export function inModalLayer(el: Element): boolean {
  return el.closest(MODAL_LAYER) !== null;
}

/** In a modal layer inside `root` (not `root` itself nor above it): over the record, not part of it. */
export function inModalLayerWithin(el: Element, root: Element): boolean {
  const layer = el.closest(MODAL_LAYER);
  return layer !== null && layer !== root && root.contains(layer);
}
