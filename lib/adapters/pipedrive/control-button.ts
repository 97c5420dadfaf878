import { visibleText } from './lines';
import { isWord } from './text-match';
import type { Wording } from './wording';

/** Toggles, menus and tabs announce their state or popup: never an item's subject. */
const STATEFUL = '[aria-pressed], [aria-expanded], [aria-haspopup], [role="checkbox"], [role="switch"], [role="tab"]';

/**
 * A button of an item that is a control (the done toggle, a menu, "Edit", "Show more"), not the
 * item's subject drawn as a link-styled button that opens the activity (no `/activities/{id}`
 * link to find it by). A control announces a state or popup, names itself apart from its text
 * (an icon button's `aria-label`), or says one word or a control's words in the page's language
 * ("Edit activity", "Reply all", "Mark as complete": wording.ts); a subject is a phrase ("Incoming
 * call from Maya") that names itself by its text.
 */
export function isControlButton(button: Element, words: Wording): boolean {
  if (button.matches(STATEFUL) || button.getAttribute('type') === 'submit') return true;
  const text = visibleText(button);
  const name = button.getAttribute('aria-label') ?? button.getAttribute('title');
  if (name !== null && name.trim() !== text) return true;
  if (text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 2) return true;
  return isWord(text, [...words.controls, ...words.done, ...words.planned, ...words.showMore]);
}
