import { fold } from '../../locale/fold';
import { textOf } from '../dom';

/** Markup inside a line of text: the line stays one line ("Outcome: Connected. Meet on <time>Dec 2</time>."). */
const INLINE = /^(?:A|ABBR|B|EM|I|SPAN|STRONG|TIME)$/;

/**
 * A "Label" / value pair inside an item ("Outcome" → "Connected"), or "Outcome: Connected" in one
 * line of its own; else such a line with inline markup in it (a date its notes name). The pairs
 * and plain lines come first: a notes paragraph "Outcome: <b>Demo booked</b> for Tuesday" is the
 * rep's words, where the item also shows its property.
 */
export function itemProperty(card: Element, labels: readonly string[]): string | undefined {
  const wanted = new Set(labels.map(fold));
  const elements = Array.from(card.querySelectorAll('*'));
  for (const el of elements) {
    if (el.children.length > 0) continue;
    const text = textOf(el);
    const value =
      inlineValue(text, wanted) ??
      (wanted.has(fold(text.replace(/\s*:$/, '')))
        ? textOf(el.nextElementSibling) || textOf(el.parentElement?.nextElementSibling)
        : undefined);
    if (value) return value;
  }
  for (const el of elements) {
    const value = el.children.length > 0 && holdsOnlyInline(el) ? inlineValue(textOf(el), wanted) : undefined;
    if (value) return value;
  }
  return undefined;
}

function inlineValue(text: string, wanted: ReadonlySet<string>): string | undefined {
  const inline = text.match(/^([^:]{2,30}):\s*(.+)$/);
  return inline && wanted.has(fold(inline[1] as string)) ? inline[2] : undefined;
}

/**
 * A line of text with markup inside it: text of its own beside inline children. Chips side by side
 * ("<span>Outcome: Busy</span><span>Direction: Outbound</span>") are no line: each is read alone.
 */
function holdsOnlyInline(el: Element): boolean {
  const ownText = Array.from(el.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim());
  return ownText && Array.from(el.children).every((child) => INLINE.test(child.tagName) && child.children.length === 0);
}
