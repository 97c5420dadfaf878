import { isBlock, visibleText } from './lines';

/** Tags a note's rich text wraps emphasised words in. */
const EMPHASIS = 'b, strong, i, em, u, mark';

/**
 * Words of prose stand beside the link, or beside an inline element around it, within its line:
 * as text, as emphasised text, or as any inline text in a paragraph. A note's rich text wraps its
 * words so ("<strong>Budget confirmed.</strong> <a>Call with Jordan Costa</a>", a paragraph of
 * spans); an activity's own subject line is no paragraph, and a label beside its subject link
 * ("Site visit", a status) no emphasis.
 */
export function inProse(link: Element, item: Element): boolean {
  const paragraph = link.closest('p');
  const inParagraph = paragraph !== null && item.contains(paragraph);
  for (let el: Element = link; el !== item && el.parentElement; el = el.parentElement) {
    const line = el.parentElement;
    if (Array.from(line.childNodes).some((node) => node !== el && holdsWords(node, inParagraph))) return true;
    if (isBlock(line)) return false;
  }
  return false;
}

function holdsWords(node: ChildNode, inParagraph: boolean): boolean {
  if (node.nodeType === 3) return hasWords(node.textContent ?? '');
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return !isBlock(el) && (inParagraph || el.matches(EMPHASIS)) && hasWords(visibleText(el));
}

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
