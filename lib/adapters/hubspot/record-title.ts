import { hidesItself, isHidden, textOf } from '../dom';
import { overRecord } from './other-record-layer';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_THE_TITLE = 'a, nav, [role="navigation"], button, option, title, script, style';
const TAB_PANEL = '[role="tabpanel"]';

/**
 * The shown element that carries the record's name, found by wording alone: the tab title's
 * name, shown in a heading (else any text element), not a link (navigation lists other records),
 * nor in a layer over the record (another record's preview, other-record-layer.ts).
 */
export function titleByName(doc: Document, name: string): Element | null {
  const body = doc.body;
  if (!body) return null;
  const matches = (el: Element) =>
    textOf(el) === name && !el.closest(NOT_THE_TITLE) && !isHidden(el) && !overRecord(el);
  const heading = Array.from(body.querySelectorAll(HEADINGS)).find(matches);
  if (heading) return heading;
  // Every leaf of the page: its raw text must hold the name's first word before it is worth
  // normalising (textOf on each of a page's ~8,000 leaves took 27-45 ms in one task). Composed
  // alone, as the name is: a leaf may hold it decomposed.
  const first = name.split(' ')[0] ?? name;
  const holdsFirst = (el: Element) =>
    el.children.length === 0 && (el.textContent ?? '').normalize('NFC').includes(first);
  return Array.from(body.querySelectorAll('*')).find((el) => holdsFirst(el) && matches(el)) ?? null;
}

/**
 * The shown record's container around its title: the largest ancestor that holds no hidden view
 * beside it (an earlier record left hidden after a route change) and is not the whole page. Null
 * when a second, visible copy of the same layout names another record: without the class that hid
 * it, nothing says which of the two is shown (decisions.md: unreadable, never the other's data).
 */
export function viewAround(title: Element): Element | null {
  let node = title;
  for (let parent = node.parentElement; parent && parent !== title.ownerDocument.body; parent = node.parentElement) {
    const others = Array.from(parent.children).filter((c) => c !== node && !c.matches(TAB_PANEL));
    if (others.some((c) => hidesItself(c) && c.querySelector(HEADINGS) !== null)) return node;
    if (others.some((c) => !hidesItself(c) && namesAnother(c, node, tagPath(node, title), textOf(title)))) return null;
    node = parent;
  }
  return node;
}

/** Tag names from below `from` down to `to` ("DIV > H2"). */
function tagPath(from: Element, to: Element): string[] {
  const path: string[] = [];
  for (let el: Element | null = to; el && el !== from; el = el.parentElement) path.unshift(el.tagName);
  return path;
}

/** A sibling of the same shape (tag, number of parts) whose leaf at the title's place shows another name. */
function namesAnother(sibling: Element, view: Element, path: string[], name: string): boolean {
  if (sibling.tagName !== view.tagName || sibling.children.length !== view.children.length) return false;
  let level = [sibling];
  for (const tag of path) level = level.flatMap((el) => Array.from(el.children).filter((c) => c.tagName === tag));
  return level.some((el) => {
    const text = textOf(el);
    return el.children.length === 0 && text !== '' && text.length <= 80 && text !== name && !isHidden(el);
  });
}
