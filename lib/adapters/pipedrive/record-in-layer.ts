import { allVisible, pageText, textOf } from '../dom';
import { inLayers, modalLayers } from '../modal-layer';
import { SELECTORS } from './selectors';
import { TITLE_LIKE, TITLES } from './titles';

/**
 * The modal layer inside `view` that holds the record's own page, or null. A deal clicked on the
 * pipeline board opens as a modal over it and the address becomes /deal/{id}; the board behind
 * keeps its toolbar heading (the pipeline's name in a `header h1`, guessed markup), its columns and
 * cards. That layer is the record, not something drawn over it. Two witnesses tell it:
 * - the tab title ("<deal> - Deals", crm-evidence-2.md) names a title in the layer and none outside;
 * - with a tab title naming neither, the layer's title is by a more specific marker than any outside
 *   it (the deal's `header-title` over the board's generic heading).
 * A person drawer over a deal shows a generic heading below the deal's own title marker, and the tab
 * names the deal: the drawer stays a layer over the record (modal-layer.ts).
 */
export function recordLayer(view: Element): Element | null {
  const layers = modalLayers(view);
  if (layers.length === 0) return null;
  const outside = allVisible(view, TITLES).filter((el) => textOf(el) && !inLayers(el, layers));
  if (outside.length === 0) return null;
  const tab = pageText(view.ownerDocument.title ?? '');
  if (outside.some((el) => tabNames(tab, textOf(el)))) return null;
  const titled = layers.map((layer) => ({ layer, titles: allVisible(layer, TITLES).filter((el) => textOf(el)) }));
  const byTab = titled.filter(({ titles }) => titles.some((el) => tabNames(tab, textOf(el))));
  if (byTab.length > 0) return byTab.length === 1 ? (byTab[0]?.layer ?? null) : null;
  const best = (titles: Element[]) => Math.min(...titles.map(markerRank));
  const behind = best(outside);
  const marked = titled.filter(({ titles }) => titles.length > 0 && best(titles) < behind);
  return marked.length === 1 ? (marked[0]?.layer ?? null) : null;
}

/** The place of the first title marker the element matches, most specific first; a bare heading comes last. */
function markerRank(el: Element): number {
  const rank = SELECTORS.title.findIndex((selector) => el.matches(selector));
  return rank >= 0 ? rank : el.matches(TITLE_LIKE) ? SELECTORS.title.length : Number.POSITIVE_INFINITY;
}

/**
 * The tab title (read as pageText, as the names are) is the name, or the name before Pipedrive's
 * suffix ("Nordhavn — Cold-chain pilot - Deals").
 */
function tabNames(title: string, name: string): boolean {
  return title === name || (title.startsWith(name) && /^\s+[-–—|]\s+\S/.test(title.slice(name.length)));
}
