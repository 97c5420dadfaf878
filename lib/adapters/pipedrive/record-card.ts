import { allVisible, follows } from '../dom';
import { chunksOf } from './lines';
import { mailLines } from './mail-lines';
import { SELECTORS } from './selectors';
import { CHECKBOX, changeRowIn } from './type-signals';
import type { Wording } from './wording';

/** What names an icon (type-signals.ts): before a card's title link, it is an entry's type icon. */
const NAMED = '[aria-label], [title], img[alt]';

/**
 * A card of another record the sidebar lists (a person's deals, a deal's persons and organisation),
 * never a feed entry wherever it stands: it opens with that record's link as its title, and may
 * show the record's next activity (its type icon and day, as pipeline cards and Leads Inbox rows
 * do) and its value ("€12,500 · Proposal made"); read as an entry, it is a call titled by the value.
 * A feed entry about a record opens with its type icon ("Note", "Email" before the person's link),
 * or shows a done toggle, a From line or a change ("Stage: A → B"): none of those is a card.
 */
export function isRecordCard(el: Element, words: Wording): boolean {
  const title = chunksOf(el)[0]?.el.closest(SELECTORS.recordLink);
  if (!title || !el.contains(title)) return false;
  const iconBefore = allVisible(el, NAMED).some(
    (named) => follows(title, named) && !named.contains(title) && !named.closest(SELECTORS.recordLink),
  );
  return (
    !iconBefore &&
    allVisible(el, CHECKBOX).length === 0 &&
    mailLines(el, words).from === undefined &&
    changeRowIn(el, words) === undefined
  );
}
