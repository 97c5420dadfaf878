import type { NotRead } from '../../schema/read-result';
import { allVisible, follows, hidesItself } from '../dom';
import { isFilterBar } from './find-items';
import { visibleText } from './lines';
import { SELECTORS } from './selectors';
import { isWord } from './text-match';
import type { Wording } from './wording';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The section's own controls, which say nothing of its entries: filter chips, "+ Activity", a menu. */
const CONTROL = 'button, [role="button"], [role="tab"], [aria-pressed], select';

/** What the feed never shares an element with: the sidebar, navigation, field rows, the record's title. */
const OUTSIDE_FEED = `aside, [role="complementary"], nav, ${SELECTORS.fieldName}, ${SELECTORS.title.join(', ')}`;

/**
 * The History section drawn without its entries yet: its heading and filter chips stand over a list
 * that fills later, while Focus above already shows its planned items (feedGaps looks only below the
 * first item, which is Focus's). Read then, the record would be saved as a whole feed without one
 * touch. The History begins at its heading or its filter chips (crm-evidence-2.md, B: `aria-pressed`
 * chips, `filter-button-all`); when no item follows that start:
 * - on a deal the History is not read whatever it shows: a deal's History holds at least its own
 *   creation ("Deal created"). That is an inference (the API's feed kinds include `dealChange`,
 *   crm-evidence-2.md), not a shown page; it is asked of deals only;
 * - on a person or lead, only when nothing after the start shows text outside the section's
 *   controls: no source gives Pipedrive's empty-state wording, so any text there may be it.
 * With no item at all, readTimeline already reports the feed as not found; a chosen filter other
 * than "All" is reported by feedGaps and may rightly show nothing.
 */
export function unfilledHistory(view: Element, items: readonly Element[], words: Wording, deal: boolean): NotRead[] {
  if (items.length === 0) return [];
  const start = historyStarts(view, words).pop();
  if (!start || items.some((item) => follows(item, start) && !item.contains(start))) return [];
  if (!deal && showsTextAfter(start)) return [];
  return [
    {
      field: 'activities',
      reason: deal
        ? "the deal's History shows no entries yet, though a deal's History holds at least its creation"
        : 'the History shows neither entries nor any text under its heading yet',
    },
  ];
}

/** The History's heading, by its word, and its "All" filter chip, in page order; never the sidebar's. */
function historyStarts(view: Element, words: Wording): Element[] {
  const headings = allVisible(view, HEADING).filter((h) => isWord(visibleText(h), words.history));
  const allChips = allVisible(view, '[aria-pressed]').filter(
    (c) =>
      (c.matches(SELECTORS.allFilterChip) || isWord(visibleText(c).replace(/\s*\(?\d+\)?$/, ''), words.allFilter)) &&
      isInFilterBar(c),
  );
  return [...headings, ...allChips]
    .filter((el) => !el.closest('aside, [role="complementary"]'))
    .sort((a, b) => (follows(b, a) ? -1 : 1));
}

/** The chip stands among fellow chips: the first element above it holding another is a filter bar. */
function isInFilterBar(chip: Element): boolean {
  for (let bar = chip.parentElement; bar; bar = bar.parentElement)
    if (bar.querySelectorAll('[aria-pressed]').length > 1) return isFilterBar(bar);
  return false;
}

/**
 * Whether anything after the start shows text outside controls: the following siblings of the
 * start and of each element above it, up to the first element it shares with the sidebar, the
 * navigation or the record's title (beyond it is no longer the feed).
 */
function showsTextAfter(start: Element): boolean {
  for (let node: Element = start; node.parentElement; node = node.parentElement) {
    if (node.parentElement.querySelector(OUTSIDE_FEED)) return false;
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling)
      if (textOutsideControls(next) !== '') return true;
  }
  return false;
}

function textOutsideControls(el: Element): string {
  if (hidesItself(el) || el.matches(CONTROL)) return '';
  const own = Array.from(el.childNodes).map((child) =>
    child.nodeType === 3
      ? (child.textContent ?? '')
      : child.nodeType === 1
        ? textOutsideControls(child as Element)
        : '',
  );
  return own.join(' ').trim();
}
