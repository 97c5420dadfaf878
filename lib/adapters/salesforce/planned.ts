import type { FoundItem } from './find-items';
import type { ItemParts } from './item-text';
import { isRelatedRow } from './structure';
import { type SalesforceWords, saysAny, wordsOf } from './words';

/**
 * Open (planned) or done, from the most explicit carrier: the summary sentence ("You have an
 * upcoming Task", "… an overdue Task" / "You had a Task", "You logged a call"; crm-evidence-2.md),
 * a struck-through subject (done), a task's checkbox (unchecked = open), then the section the item
 * sits in. A related list row's checkbox is its "Task" column (a Task or an Event), not done or open.
 */
export function plannedOf(found: FoundItem, parts: ItemParts, words: readonly SalesforceWords[]): boolean {
  if (saysAny(parts.summary, [...wordsOf(words, 'upcoming'), ...wordsOf(words, 'overdueSentence')])) return true;
  if (saysAny(parts.summary, wordsOf(words, 'done'))) return false;
  for (let el = parts.subjectEl; el && found.el.contains(el); el = el.parentElement ?? undefined) {
    if (/line-through/.test(el.getAttribute('style') ?? '')) return false;
  }
  const box = isRelatedRow(found.el) ? null : found.el.querySelector('[role="checkbox"], input[type="checkbox"]');
  if (box) return !(box.getAttribute('aria-checked') === 'true' || box.hasAttribute('checked'));
  return found.upcoming ?? false;
}
