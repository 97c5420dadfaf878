import { isHidden } from '../dom';
import { remembered } from '../reading-memo';
import { SEL } from './selectors';

/**
 * The element holding the record the user sees. Lightning keeps earlier records in the DOM as
 * cached views without `active` (crm-pages.md); a page without view containers (a stripped
 * saved page) is read whole, unless it shows the headers of two records: then only a class
 * told them apart, and the page is unreadable rather than read as the wrong record.
 */
export function activeView(doc: Document): Element | null {
  const active = deepQueryAll(doc, SEL.activeView).filter((el) => !isHidden(el));
  if (active.length > 0) return active[active.length - 1] as Element;
  const views = deepQueryAll(doc, SEL.anyView);
  if (views.length === 0) {
    const whole = doc.body ?? doc.documentElement;
    return recordHeaders(whole).length > 1 ? null : whole;
  }
  const shown = views.filter((el) => !isHidden(el) && !views.some((v) => v !== el && v.contains(el)));
  return shown.length === 1 ? (shown[0] as Element) : null;
}

/** Record headers shown (Lightning's header elements, by tag name), outermost only. */
export function recordHeaders(root: Element): Element[] {
  const headers = deepQueryAll(root, '*').filter(
    (el) => (SEL.headerTags as readonly string[]).includes(el.localName) && !isHidden(el),
  );
  return headers.filter((h) => !headers.some((o) => o !== h && o.contains(h)));
}

/**
 * querySelectorAll that also walks open shadow roots: most of Lightning is synthetic shadow
 * (plain DOM), but some components use real shadow roots (crm-pages.md).
 */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const shadow of shadowRootsIn(root)) found.push(...deepQueryAll(shadow, selector));
  return found;
}

/**
 * The open shadow roots of the elements under root (not nested ones): one walk per reading, not
 * one per query. A saved page keeps a shadow root as `<template shadowrootmode="open">` (the page
 * capture serialises open shadow roots, decisions.md), which a parser without declarative shadow
 * DOM leaves as a template: its content is that root.
 */
function shadowRootsIn(root: ParentNode): ParentNode[] {
  return remembered('shadow-roots', root, () =>
    Array.from(root.querySelectorAll('*')).flatMap((host): ParentNode[] => {
      if (host.shadowRoot) return [host.shadowRoot];
      const saved = host.localName === 'template' && host.getAttribute('shadowrootmode') === 'open';
      const content = saved ? (host as HTMLTemplateElement).content : undefined;
      return content ? [content] : [];
    }),
  );
}

/** The first match under root (shadow roots included) that the page has not hidden. */
export function deepFirstVisible(root: ParentNode, selector: string): Element | null {
  return deepQueryAll(root, selector).find((el) => !isHidden(el)) ?? null;
}

/** Matches under root not hidden by the page, shadow roots included. */
export function deepAllVisible(root: ParentNode, selector: string): Element[] {
  return deepQueryAll(root, selector).filter((el) => !isHidden(el));
}
