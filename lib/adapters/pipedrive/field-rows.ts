import { textOf } from '../dom';
import { isWord } from './text-match';
import type { Wording } from './wording';

/**
 * The element holds the record's field rows: two or more different field labels ("Email",
 * "Phone", "Owner"…, wording.ts) each a leaf with a value beside it. The sidebar's Details list
 * has them; a feed entry shows one label at most (a type name such as "Email"), so a date field
 * in the sidebar ("Person created", a birthday) never makes the sidebar a feed entry.
 */
export function holdsFieldRows(root: Element, words: Wording): boolean {
  const found = new Set<string>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.children.length > 0 || !textOf(el.nextElementSibling)) continue;
    const text = textOf(el).replace(/\s*:$/, '');
    if (text.length > 40) continue;
    if (Object.values(words.labels).some((labels) => isWord(text, labels))) found.add(text.toLowerCase());
    if (found.size >= 2) return true;
  }
  return false;
}
