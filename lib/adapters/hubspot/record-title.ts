import { hidesItself, isHidden, textOf } from '../dom';

/** The tab title HubSpot sets on a record page: "<record name> | HubSpot" (crm-evidence-2.md: tools read it). */
const TAB_SUFFIX = /\s+[|–—-]\s+HubSpot\s*$/i;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_THE_TITLE = 'a, nav, [role="navigation"], button, option, title, script, style';
const TAB_PANEL = '[role="tabpanel"]';

export function nameFromTabTitle(doc: Document): string | undefined {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (!TAB_SUFFIX.test(title)) return undefined;
  return title.replace(TAB_SUFFIX, '').trim() || undefined;
}

/**
 * The shown element that carries the record's name, found by wording alone: the tab title's
 * name, shown in a heading (else any text element), not a link (navigation lists other records).
 */
export function titleByName(doc: Document, name: string): Element | null {
  const body = doc.body;
  if (!body) return null;
  const matches = (el: Element) => textOf(el) === name && !el.closest(NOT_THE_TITLE) && !isHidden(el);
  const heading = Array.from(body.querySelectorAll(HEADINGS)).find(matches);
  if (heading) return heading;
  return Array.from(body.querySelectorAll('*')).find((el) => el.children.length === 0 && matches(el)) ?? null;
}

/**
 * The shown record's container around its title: the largest ancestor that holds no hidden view
 * beside it (an earlier record left hidden after a route change) and is not the whole page.
 */
export function viewAround(title: Element): Element {
  let node = title;
  for (let parent = node.parentElement; parent && parent !== title.ownerDocument.body; parent = node.parentElement) {
    const staleBeside = Array.from(parent.children).some(
      (c) => c !== node && hidesItself(c) && !c.matches(TAB_PANEL) && c.querySelector(HEADINGS) !== null,
    );
    if (staleBeside) return node;
    node = parent;
  }
  return node;
}
