import { textOf } from '../dom';
import { SEL } from './selectors';

/**
 * Whether an element is, or sits inside, a field's label: a `dt` or `label` (SLDS tiles print each
 * field as `<dt title="Task">Task:</dt><dd>…</dd>`), a label by its SLDS or Aura class, or a leaf
 * whose text ends with the colon that introduces a value. A label names a field of the record (the
 * activity lists' standard "Task" checkbox, "Aufgabe", "Tâche"), never what the item is; told by its
 * markup and colon, in no language.
 */
export function isFieldLabel(el: Element): boolean {
  if (el.closest(SEL.fieldLabelElement)) return true;
  return el.children.length === 0 && /:\s*$/.test(textOf(el));
}
