import { hidesItself, pageText } from '../dom';
import { remembered } from '../reading-memo';

/** Tags that start a new line of text; everything else (span, a, time, b…) runs inline. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER LI MAIN NAV OL P SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);

export interface Chunk {
  el: Element;
  text: string;
}

/** Hidden by the page on the element or an ancestor (dom.ts's rule), remembered per element. */
export function hiddenByPage(el: Element): boolean {
  return remembered('hidden', el, () => hidesItself(el) || (el.parentElement ? hiddenByPage(el.parentElement) : false));
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The element's visible text, a space between text nodes ("Call" and "Nov 18" never run together). */
export function visibleText(el: Element): string {
  return remembered('text', el, () => {
    if (hiddenByPage(el)) return '';
    return pageText(shownTextNodes(el).join(' '));
  });
}

/** The texts of the element's text nodes, in page order, leaving out what the page hides inside it. */
export function shownTextNodes(el: Element): string[] {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !hidesItself(child as Element)) walk(child as Element);
    }
  };
  walk(el);
  return parts;
}

/**
 * The visible lines of text inside a root, in page order: elements with text and no block
 * children (a header row "☐ Call  Call with Lee", a meta row "Nov 4 · Casey Nguyen"). Tag names
 * survive redesigns and class stripping, so this needs no class or attribute.
 */
export function linesOf(root: Element): Element[] {
  return remembered('lines', root, () => {
    const lines: Element[] = [];
    const walk = (el: Element): void => {
      if (hiddenByPage(el)) return;
      const blocks = Array.from(el.children).filter(isBlock);
      if (blocks.length === 0) {
        if (visibleText(el)) lines.push(el);
        return;
      }
      if (hasOwnText(el)) lines.push(el);
      for (const child of blocks) walk(child);
    };
    walk(root);
    return lines;
  });
}

/** Text directly in the element or in its inline children, beside block children. */
function hasOwnText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
    if (node.nodeType === 1 && !isBlock(node as Element) && visibleText(node as Element)) return true;
  }
  return false;
}

/** A line's text: for a line with block children, only its own inline part. */
export function lineText(line: Element): string {
  if (!Array.from(line.children).some(isBlock)) return visibleText(line);
  const parts: string[] = [];
  for (const node of Array.from(line.childNodes)) {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1 && !isBlock(node as Element)) parts.push(visibleText(node as Element));
  }
  return pageText(parts.join(' '));
}

/**
 * The smallest pieces of text in a root, in page order: each inline element or text node that
 * holds no further elements, or a whole link ("Call", "Call with Lee Okafor", "Nov 4, 2026").
 */
export function chunksOf(root: Element): Chunk[] {
  return remembered('chunks', root, () => {
    const chunks: Chunk[] = [];
    const walk = (el: Element): void => {
      if (hiddenByPage(el)) return;
      for (const node of Array.from(el.childNodes)) {
        if (node.nodeType === 1) {
          const child = node as Element;
          if (child.children.length === 0 || child.tagName === 'A') {
            const text = visibleText(child);
            if (text) chunks.push({ el: child, text });
          } else walk(child);
        } else if (node.nodeType === 3) {
          const text = pageText(node.textContent ?? '');
          if (/[\p{L}\p{N}]/u.test(text)) chunks.push({ el, text });
        }
      }
    };
    walk(root);
    return chunks;
  });
}
