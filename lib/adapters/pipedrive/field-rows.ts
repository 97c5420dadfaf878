import { textOf } from '../dom';
import { chunksOf, visibleText } from './lines';
import { SELECTORS } from './selectors';
import { isWord } from './text-match';
import { changeRowIn, typeWords } from './type-signals';
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

/**
 * The element is one field row, or lies in one: a "Next activity" or "Last activity" row shows the
 * activity's type icon, subject and day, yet it is the record's summary, never a feed entry,
 * wherever the sidebar stands (no source says it is an `<aside>`). Known by the row's test ids
 * (crm-evidence-2.md, B: label `field-name`, value `fields-list-row-field-components`), else by its
 * shape: a field label (wording.ts), a leaf, and the value beside it, with nothing more. A label that is
 * a type word ("Email") opens feed entries too, and a changelog entry opens with the field it
 * changed ("Stage" over "Demo → Proposal"): neither makes a field row.
 */
export function isFieldRow(el: Element, words: Wording): boolean {
  if (el.closest(SELECTORS.fieldRowValue) || el.querySelector(`${SELECTORS.fieldName}, ${SELECTORS.fieldRowValue}`))
    return true;
  const first = chunksOf(el)[0]?.el;
  const value = first?.nextElementSibling;
  if (!first || !value || first.children.length > 0 || !visibleText(value)) return false;
  // The row shows its label and value and nothing else: an entry shows more than a pair.
  if (visibleText(el) !== `${visibleText(first)} ${visibleText(value)}`) return false;
  const label = visibleText(first).replace(/\s*:$/, '');
  const labels = Object.values(words.labels).flat();
  return isWord(label, labels) && !isWord(label, typeWords(words)) && changeRowIn(el, words) === undefined;
}
