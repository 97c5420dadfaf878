import type { Unread } from './classify-activity';
import type { FoundItem } from './find-items';
import type { ItemParts } from './item-text';
import { splitRelatedRecord } from './related-record';
import { isRelatedRow } from './structure';
import { type SalesforceWords, saysAny, wordsOf } from './words';

/**
 * Open (planned) or done, from the most explicit carrier: the summary sentence's own wording ("You
 * have an upcoming Task", "… an overdue Task" / "You had a Task", "You logged a call";
 * crm-evidence-2.md), never the record it is about ("… about Renovación próximo año" is a name), a
 * struck-through subject (done), a task's checkbox (unchecked = open), then the section the item
 * sits in. A related list row's checkbox is its "Task" column (a Task or an Event), not done or open.
 * Undefined when none of them tells (a section named in a language Touchline has no table for).
 */
export function plannedOf(found: FoundItem, parts: ItemParts, words: readonly SalesforceWords[]): boolean | undefined {
  const { said } = splitRelatedRecord(parts.summary, words);
  if (saysAny(said, [...wordsOf(words, 'upcoming'), ...wordsOf(words, 'overdueSentence')])) return true;
  if (saysAny(said, wordsOf(words, 'done'))) return false;
  for (let el = parts.subjectEl; el && found.el.contains(el); el = el.parentElement ?? undefined) {
    if (/line-through/.test(el.getAttribute('style') ?? '')) return false;
  }
  const box = isRelatedRow(found.el) ? null : found.el.querySelector('[role="checkbox"], input[type="checkbox"]');
  if (box) return !(box.getAttribute('aria-checked') === 'true' || box.hasAttribute('checked'));
  return found.upcoming;
}

/** Why an item's open or done state was not read, naming the section whose wording would have told. */
export function plannedUnread(found: FoundItem, noWordsFor: string | undefined): Unread {
  const language = noWordsFor ? `the page is in "${noWordsFor}", a language Touchline has no words for: ` : '';
  const teller = found.section
    ? `only the wording of its section "${found.section}"`
    : 'no section, sentence or checkbox';
  return { field: 'planned', reason: `${language}${teller} tells whether it is open or done` };
}
