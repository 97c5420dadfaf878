import { fold } from '../../locale/fold';
import { textOf } from '../dom';
import { TIMELINE } from './selectors';
import type { HubSpotWords } from './words/types';

/**
 * The task's own completion box: an ARIA checkbox (crm-evidence-2.md: ARIA roles and states last
 * longest) or a native one (guess).
 */
const CHECKBOX = '[role="checkbox"], input[type="checkbox"]';

/**
 * What the user wrote in an item: its title, and its notes (crm-evidence-2.md: a note's body
 * `rte-content` or a `SanitizedText` element, call notes `callComments-container`). Rich text
 * there ("the completed order form", a price struck through) says nothing of the task's state.
 */
const WRITTEN = [
  TIMELINE.title,
  TIMELINE.titleFallback,
  '[data-test-id="rte-content"]',
  '[class*="SanitizedText"]',
  '[data-test-id="callComments-container"]',
].join(', ');

/**
 * Whether a task item shows itself done, by its own carriers only: its checkbox where it has one
 * (ticked or not, it decides: an unticked box is an open task whatever else the item says); else a
 * property whose whole value is the done word ("Status" → "Completed", "Stato: Completata"); else
 * the header line's wording ("Attività completata da …"). Never the title's or the notes' text: an
 * open task titled "Send Ana the completed order form" is open. A property's value saying anything
 * else ("Not started", "In progress") is no done word, so it reads open.
 */
export function isTaskCompleted(card: Element, header: string, words: readonly HubSpotWords[]): boolean {
  const box = Array.from(card.querySelectorAll(CHECKBOX)).find((el) => !el.closest(WRITTEN));
  if (box) return isTicked(box);
  const done = (text: string) => words.some((w) => saysOnly(fold(text), w.completed));
  if (propertyValues(card).some(done)) return true;
  const folded = fold(header);
  return words.some((w) => w.completed.test(folded));
}

function isTicked(box: Element): boolean {
  if (box.hasAttribute('aria-checked')) return box.getAttribute('aria-checked') === 'true';
  return box.hasAttribute('checked') || (box as HTMLInputElement).checked === true;
}

/**
 * The values of the item's "Label" / value pairs outside what the user wrote: a leaf after a
 * labelling leaf (its sibling, or its parent's), or "Label: value" in one leaf.
 */
function propertyValues(card: Element): string[] {
  const values: string[] = [];
  for (const leaf of Array.from(card.querySelectorAll('*'))) {
    if (leaf.children.length > 0 || leaf.closest(WRITTEN)) continue;
    const text = textOf(leaf);
    const inline = text.match(/^[^:]{2,30}:\s*(.+)$/);
    if (inline) values.push(inline[1] as string);
    else if (text && (textOf(leaf.previousElementSibling) || isSecondOfPair(leaf))) values.push(text);
  }
  return values;
}

/** A value drawn in a wrapper of its own after its label's ("<div>Status</div><div><span>Completed</span></div>"). */
function isSecondOfPair(leaf: Element): boolean {
  const parent = leaf.parentElement;
  return parent !== null && parent.children.length === 1 && textOf(parent.previousElementSibling) !== '';
}

/** The text is the word alone (folded), punctuation around it allowed: "Completed", "Erledigt.". */
function saysOnly(folded: string, word: RegExp): boolean {
  const found = folded.match(word);
  return found !== null && folded.replace(found[0], '').replace(/[\s\p{P}]/gu, '') === '';
}
