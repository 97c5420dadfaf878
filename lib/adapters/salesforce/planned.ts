import { follows } from '../dom';
import type { Unread } from './classify-activity';
import type { FoundItem } from './find-items';
import type { ItemParts } from './item-text';
import { splitRelatedRecord } from './related-record';
import { parseSentence } from './sentence';
import { isRelatedRow } from './structure';
import { type SalesforceWords, saysAny, wordsOf } from './words';

/**
 * Open (planned) or done, from the most explicit carrier: a task's completion checkbox (ticked =
 * done; on the live page Lightning ticks it by its `checked` property, not the attribute), the summary
 * sentence's own wording of an open item ("You have an upcoming Task", "… an overdue Task";
 * crm-evidence-2.md), never the record it is about ("… about Renovación próximo año" is a name), a
 * struck-through subject (done), the wording of a done item ("You had a Task", "You logged a call")
 * where the sentence reads as one, a section that holds open items only ("Upcoming & Overdue",
 * "Open Activities"), then a done wording anywhere in what was taken for the sentence, then the
 * section. Without class names the sentence is found by its wording, which a description may share
 * ("She had a question …"): such free text never beats an open section. A related list row's
 * checkbox is its "Task" column (a Task or an Event), not done or open. Undefined when none of them
 * tells (a section named in a language Touchline has no table for).
 */
export function plannedOf(found: FoundItem, parts: ItemParts, words: readonly SalesforceWords[]): boolean | undefined {
  const box = completionBox(found.el, parts);
  if (box) return !isTicked(box);
  const { said } = splitRelatedRecord(parts.summary, words);
  if (saysAny(said, [...wordsOf(words, 'upcoming'), ...wordsOf(words, 'overdueSentence')])) return true;
  for (let el = parts.subjectEl; el && found.el.contains(el); el = el.parentElement ?? undefined) {
    if (/line-through/.test(el.getAttribute('style') ?? '')) return false;
  }
  const saysDone = saysAny(said, wordsOf(words, 'done'));
  if (saysDone && parseSentence(said, words)) return false;
  if (found.upcoming) return true;
  return saysDone ? false : found.upcoming;
}

const CHECKBOX = '[role="checkbox"], input[type="checkbox"]';

/**
 * A task's own completion checkbox: on its header line before its subject ("☐ Send the proposal").
 * An event has none, and a checkbox further on is a field of the expanded details (an event's
 * "All-Day Event", a task's "Reminder Set"), which says nothing of open or done.
 */
function completionBox(item: Element, parts: ItemParts): Element | undefined {
  const subject = parts.subjectEl;
  if (!subject || isRelatedRow(item) || isEvent(parts)) return undefined;
  return Array.from(item.querySelectorAll(CHECKBOX)).find((box) => follows(subject, box));
}

/** By its record link ("/lightning/r/Event/00U…"), else, without one, by what the item shows itself as. */
function isEvent(parts: ItemParts): boolean {
  return parts.object ? parts.object === 'Event' : parts.kind === 'event' || parts.kind === 'meeting';
}

/**
 * A checkbox's state: an input's `checked` property where the DOM has one (the live state, which
 * the attribute only starts), else its `checked` attribute; `aria-checked` for a checkbox role.
 */
function isTicked(box: Element): boolean {
  if (box.getAttribute('aria-checked') === 'true') return true;
  const property = (box as Partial<HTMLInputElement>).checked;
  return typeof property === 'boolean' ? property : box.hasAttribute('checked');
}

/** Why an item's open or done state was not read, naming the section whose wording would have told. */
export function plannedUnread(found: FoundItem, noWordsFor: string | undefined): Unread {
  const language = noWordsFor ? `the page is in "${noWordsFor}", a language Touchline has no words for: ` : '';
  const teller = found.section
    ? `only the wording of its section "${found.section}"`
    : 'no section, sentence or checkbox';
  return { field: 'planned', reason: `${language}${teller} tells whether it is open or done` };
}
