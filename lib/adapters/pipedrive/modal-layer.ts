import { allVisible } from '../dom';

/**
 * A modal layer: `aria-modal="true"` says the page behind it is inert, so the layer is drawn over
 * that page rather than being part of it (a person drawer opened from a deal's persons; guessed
 * markup, no source shows Pipedrive's drawers). Only layers inside the view count: a view that is
 * itself a dialog is the record.
 */
const MODAL_LAYER = '[aria-modal="true"]';

export function modalLayers(view: Element): Element[] {
  return allVisible(view, MODAL_LAYER).filter((layer) => layer !== view);
}

export function inLayers(el: Element, layers: readonly Element[]): boolean {
  return layers.some((layer) => layer.contains(el));
}
