import { pageText, textOf } from '../dom';
import { remembered } from '../reading-memo';
import type { PageClock } from '../types';
import { isDayHeader } from './day-header';
import { visibleText } from './lines';
import type { PageLanguage } from './page-locale';
import { SELECTORS } from './selectors';
import { isWord } from './text-match';
import type { Wording } from './wording';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Controls a section's header row holds beside its heading: filter chips, "+ Activity", a menu. */
const CONTROL = 'button, [role="button"], [role="tab"], [aria-pressed], select';

/** Text a header row may hold beside its heading and controls: a count, a short note. */
const OWN_TEXT = 30;

/** The feed's sections: Focus (planned activities, pinned items) and History (done ones, mail, notes, changes). */
export type FeedSection = 'focus' | 'history';

/**
 * The section whose start stands nearest before the item (walking back through its ancestors'
 * earlier siblings): a heading saying Focus or History, or the History's title in any element (no
 * source shows its markup, crm-evidence-2.md), or the filter chips that open the History
 * (`aria-pressed`, crm-evidence-2.md, B). Any other heading opens neither, except a day's header
 * inside a section ("Yesterday" over that day's entries, day-header.ts) or a Focus group's header
 * ("Overdue", "Tomorrow": wording.ts focusGroups): it opens no section, the walk goes on past it,
 * so an overdue meeting under "Overdue" stays in Focus, planned. The History's start ends Focus: read under the Focus heading above it, a
 * past call whose done toggle says nothing was planned, and no touch.
 */
export function sectionOf(item: Element, clock: PageClock, language: PageLanguage): FeedSection | undefined {
  const section = sectionBefore(item, clock, language)?.section;
  return section === 'focus' || section === 'history' ? section : undefined;
}

/**
 * The element that begins the item's Focus or History section (its heading, the History's title
 * or filter chips), undefined under any other heading or none: where it stands tells whose feed
 * the item is in (an aside that shows it holds a feed, find-items.ts).
 */
export function feedSectionStart(item: Element, clock: PageClock, language: PageLanguage): Element | undefined {
  const found = sectionBefore(item, clock, language);
  return found && found.section !== 'other' ? found.start : undefined;
}

/** A section ('other': under a heading that names neither) and the element that begins it. */
interface SectionStart {
  section: FeedSection | 'other';
  start: Element;
}

/**
 * The section begun nearest before the element, with its start. Each element's answer is kept for
 * the reading, so the items of a long feed share their walk instead of each re-querying every
 * earlier sibling (which made a 500-item timeline quadratic).
 */
function sectionBefore(el: Element, clock: PageClock, language: PageLanguage): SectionStart | null {
  return remembered('section-before', el, () => {
    const previous = el.previousElementSibling;
    if (!previous) return el.parentElement ? sectionBefore(el.parentElement, clock, language) : null;
    const section = sectionStartedBy(previous, clock, language);
    return section ? { section, start: previous } : sectionBefore(previous, clock, language);
  });
}

/**
 * The section the element opens: it is a heading or a header row holding one (headingOf), or a
 * History title or the History's filter chips with little text beside them. An earlier entry, or
 * a whole earlier section with its entries, holds much more: it opens nothing that follows.
 */
function sectionStartedBy(el: Element, clock: PageClock, language: PageLanguage): FeedSection | 'other' | null {
  const { words } = language;
  const heading = headingOf(el);
  if (heading) {
    const text = textOf(heading);
    if (isDayHeader(heading, clock, language) || isWord(text, words.focusGroups)) return null;
    if (isWord(text, words.focus)) return 'focus';
    return isWord(text, words.history) ? 'history' : 'other';
  }
  const own = textBeside(el, null);
  if (isWord(own, words.history) || (isHistoryFilters(el, words) && own.length <= OWN_TEXT)) return 'history';
  return null;
}

/**
 * The History's filter chips (crm-evidence-2.md, B: `aria-pressed` buttons, `filter-button-all`):
 * several pressed-state buttons, one of them "All" (with or without a count). A composer's tabs
 * above Focus ("Notes · Activity · Email") hold no "All" chip.
 */
function isHistoryFilters(el: Element, words: Wording): boolean {
  const chips = [el, ...Array.from(el.querySelectorAll('[aria-pressed]'))].filter((c) => c.matches('[aria-pressed]'));
  const all = (chip: Element) =>
    chip.matches(SELECTORS.allFilterChip) || isWord(visibleText(chip).replace(/\s*\(?\d+\)?$/, ''), words.allFilter);
  return chips.length > 1 && chips.some(all);
}

/**
 * The element itself when it is a heading, else its heading inside when the element is a header
 * row: the heading, controls, little else. An earlier entry whose subject is a heading (h4) holds
 * much more: its heading does not head what follows.
 */
function headingOf(el: Element): Element | null {
  if (el.matches(HEADING)) return el;
  const inner = el.querySelector(HEADING);
  if (!inner) return null;
  return textBeside(el, inner).length <= OWN_TEXT ? inner : null;
}

/** The element's visible text outside the heading (if any) and outside controls. */
function textBeside(el: Element, heading: Element | null): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element !== heading && !element.matches(CONTROL) && visibleText(element)) walk(element);
      }
    }
  };
  walk(el);
  return pageText(parts.join(' '));
}
