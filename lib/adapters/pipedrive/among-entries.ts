import { chunksOf, hiddenByPage } from './lines';
import { hasTypeSignal } from './type-signals';
import type { Wording } from './wording';

/**
 * An entry with another of its shape beside it: both say what they are (a type signal) and more
 * than a label and a value (three pieces of text at least), and they have the same tag and
 * children. Climbing from a feed's one readable date ("2026/11/16 15:10" among "3時間前" and
 * "昨日 16:40") must stop at such an element: one level up is the list of entries, and read as
 * one entry it takes the first entry's title and the one date, and the others vanish.
 */
export function standsAmongEntries(el: Element, words: Wording): boolean {
  const parent = el.parentElement;
  if (!parent || !saysEntry(el, words)) return false;
  return Array.from(parent.children).some(
    (other) => other !== el && !hiddenByPage(other) && sameShape(other, el) && saysEntry(other, words),
  );
}

function saysEntry(el: Element, words: Wording): boolean {
  return chunksOf(el).length >= 3 && hasTypeSignal(el, words);
}

function sameShape(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.children.length !== b.children.length) return false;
  return Array.from(a.children).every((child, i) => child.tagName === b.children[i]?.tagName);
}
