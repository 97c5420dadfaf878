import { fold } from '../../locale/fold';
import { textOf } from '../dom';

/** Markup inside a line of text: the line stays one line ("Outcome: Connected. Meet on <time>Dec 2</time>."). */
const INLINE = /^(?:A|ABBR|B|EM|I|SPAN|STRONG|TIME)$/;

/**
 * A "Label" / value pair inside an item ("Outcome" → "Connected"), or "Outcome: Connected" in one
 * line, that line's inline markup (a date its notes name) included.
 */
export function itemProperty(card: Element, labels: readonly string[]): string | undefined {
  const wanted = new Set(labels.map(fold));
  for (const el of Array.from(card.querySelectorAll('*'))) {
    const leaf = el.children.length === 0;
    if (!leaf && !holdsOnlyInline(el)) continue;
    const text = textOf(el);
    const inline = text.match(/^([^:]{2,30}):\s*(.+)$/);
    if (inline && wanted.has(fold(inline[1] as string))) return inline[2];
    if (!leaf || !wanted.has(fold(text.replace(/\s*:$/, '')))) continue;
    const value = textOf(el.nextElementSibling) || textOf(el.parentElement?.nextElementSibling);
    if (value) return value;
  }
  return undefined;
}

/**
 * A line of text with markup inside it: text of its own beside inline children. Chips side by side
 * ("<span>Outcome: Busy</span><span>Direction: Outbound</span>") are no line: each is read alone.
 */
function holdsOnlyInline(el: Element): boolean {
  const ownText = Array.from(el.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim());
  return ownText && Array.from(el.children).every((child) => INLINE.test(child.tagName) && child.children.length === 0);
}
