import { allVisible } from './dom';

/**
 * A modal layer: `aria-modal="true"` says the page behind it is inert, so the layer is drawn over
 * that page rather than being part of it: a HubSpot contact preview opened from a deal's contacts
 * card or over the contacts list, a Pipedrive person drawer opened from a deal's persons (guessed
 * markup: no source in crm-pages.md or crm-evidence-2.md shows these panels). A record view that is
 * itself such a layer is the record: only layers inside it are over it.
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

/** The shown modal layers inside `view`. */
export function modalLayers(view: Element): Element[] {
  return allVisible(view, MODAL_LAYER).filter((layer) => layer !== view);
}

export function inLayers(el: Element, layers: readonly Element[]): boolean {
  return layers.some((layer) => layer.contains(el));
}
