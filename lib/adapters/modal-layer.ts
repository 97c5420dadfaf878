import { allVisible } from './dom';

/**
 * A modal layer: `aria-modal="true"` says the page behind it is inert, so the layer is drawn over
 * that page rather than being part of it: a HubSpot contact preview opened from a deal's contacts
 * card or over the contacts list, a Pipedrive person drawer opened from a deal's persons (guessed
 * markup: no source in crm-pages.md or crm-evidence-2.md shows these panels). A record view that is
 * itself such a layer is the record: only layers inside it are over it.
 */
export const MODAL_LAYER = '[aria-modal="true"]';

/**
 * A dialog, modal or not. A non-modal one (a side panel that leaves the page behind it usable) is
 * over the record only when it names another record (inLayerOver): a record's own dialogs (its
 * whole timeline in a panel) stay part of it.
 */
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog';
const ANY_LAYER = `${MODAL_LAYER}, ${DIALOG}`;

/** How a CRM tells that a dialog names another record than the one the page shows. */
export type NamesAnotherRecord = (dialog: Element) => boolean;

/** In a modal layer or any dialog: what the page itself shows lies outside every one. */
export function inAnyLayer(el: Element): boolean {
  return el.closest(ANY_LAYER) !== null;
}

/**
 * In a layer drawn over the record: a modal layer, or a dialog that names another record, modal
 * or not. Only layers inside `within` count when given (a record view that is itself a layer is
 * the record).
 */
export function inLayerOver(el: Element, namesAnother: NamesAnotherRecord, within?: Element): boolean {
  for (let layer = el.closest(ANY_LAYER); layer; layer = layer.parentElement?.closest(ANY_LAYER) ?? null) {
    if (within && (layer === within || !within.contains(layer))) return false;
    if (layer.matches(MODAL_LAYER) || namesAnother(layer)) return true;
  }
  return false;
}

/** Whether `node` itself is a layer drawn over the record (inLayerOver). */
export function isLayerOver(node: Element, namesAnother: NamesAnotherRecord): boolean {
  return node.matches(MODAL_LAYER) || (node.matches(DIALOG) && namesAnother(node));
}

/** The shown modal layers inside `view`. */
export function modalLayers(view: Element): Element[] {
  return allVisible(view, MODAL_LAYER).filter((layer) => layer !== view);
}

export function inLayers(el: Element, layers: readonly Element[]): boolean {
  return layers.some((layer) => layer.contains(el));
}
