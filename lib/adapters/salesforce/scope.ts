import { isHidden } from '../dom';
import { SEL } from './selectors';

/**
 * The element holding the record the user sees. Lightning keeps earlier records in the DOM as
 * cached views without `active` (crm-pages.md); a page without view containers (a stripped
 * saved page) is read whole. With no active view, the last view the page has not hidden wins.
 */
export function activeView(doc: Document): Element | null {
  const active = deepQueryAll(doc, SEL.activeView).filter((el) => !isHidden(el));
  if (active.length > 0) return active[active.length - 1] as Element;
  const views = deepQueryAll(doc, SEL.anyView);
  if (views.length === 0) return doc.body ?? doc.documentElement;
  const shown = views.filter((el) => !isHidden(el) && !views.some((v) => v !== el && v.contains(el)));
  return shown.length === 1 ? (shown[0] as Element) : null;
}

/**
 * querySelectorAll that also walks open shadow roots: most of Lightning is synthetic shadow
 * (plain DOM), but some components use real shadow roots (crm-pages.md).
 */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const host of Array.from(root.querySelectorAll('*'))) {
    const shadow = (host as Element).shadowRoot;
    if (shadow) found.push(...deepQueryAll(shadow, selector));
  }
  return found;
}

/** The first match under root (shadow roots included) that the page has not hidden. */
export function deepFirstVisible(root: ParentNode, selector: string): Element | null {
  return deepQueryAll(root, selector).find((el) => !isHidden(el)) ?? null;
}

/** Matches under root not hidden by the page, shadow roots included. */
export function deepAllVisible(root: ParentNode, selector: string): Element[] {
  return deepQueryAll(root, selector).filter((el) => !isHidden(el));
}
