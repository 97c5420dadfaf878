import { isHidden } from '../dom';
import { remembered } from '../reading-memo';
import { SEL } from './selectors';

/**
 * The element holding the record the user sees. Lightning keeps earlier records in the DOM as
 * cached views without `active` (crm-pages.md); the console keeps one active view per workspace
 * tab, so the view is looked for in the focused tab. A page without view containers (a stripped
 * saved page) is read whole, unless it shows the headers of two records: then the record is the
 * one in the expanded tab panel, and without one only a class told them apart, and the page is
 * unreadable rather than read as the wrong record.
 */
export function activeView(doc: Document): Element | null {
  const tab = focusedConsoleTab(doc);
  const active = deepQueryAll(tab ?? doc, SEL.activeView).filter((el) => !isHidden(el));
  if (active.length > 0) return active[active.length - 1] as Element;
  const views = deepQueryAll(tab ?? doc, SEL.anyView);
  if (views.length === 0) {
    const whole = tab ?? doc.body ?? doc.documentElement;
    return recordHeaders(whole).length > 1 ? expandedTabPanel(whole) : whole;
  }
  const shown = views.filter((el) => !isHidden(el) && !views.some((v) => v !== el && v.contains(el)));
  return shown.length === 1 ? (shown[0] as Element) : null;
}

/**
 * The console's focused workspace tab (`section.oneConsoleTab.active`, Salesforce Inspector
 * Reloaded; Selenium page objects): each tab keeps its record's view `active`, so the last active
 * view in the page would be whichever tab opened last. The innermost focused tab, so that a
 * focused subtab inside its workspace tab is the one; none when no tab, or more than one, is.
 */
function focusedConsoleTab(doc: Document): Element | undefined {
  const tabs = deepQueryAll(doc, SEL.consoleTab);
  const focused = deepQueryAll(doc, SEL.activeConsoleTab).filter(
    (tab) =>
      !isHidden(tab) &&
      !tabs.some((other) => other !== tab && other.contains(tab) && !other.matches(SEL.activeConsoleTab)),
  );
  const innermost = focused.filter((tab) => !focused.some((other) => other !== tab && tab.contains(other)));
  return innermost.length === 1 ? innermost[0] : undefined;
}

/**
 * Without classes, two records' headers in tab panels (the console's workspace tabs are
 * `role="tabpanel"` sections, the focused one `aria-expanded="true"`): the one expanded panel
 * holding a record header, when it holds one alone. Null when no panel, or more than one, tells.
 */
function expandedTabPanel(whole: Element): Element | null {
  const panels = deepQueryAll(whole, '[role="tabpanel"][aria-expanded="true"]').filter(
    (panel) => !isHidden(panel) && recordHeaders(panel).length > 0,
  );
  const innermost = panels.filter((panel) => !panels.some((other) => other !== panel && panel.contains(other)));
  const [panel] = innermost;
  return innermost.length === 1 && panel && recordHeaders(panel).length === 1 ? panel : null;
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
