import type { NotRead } from '../../schema/read-result';
import { allVisible, follows, textOf } from '../dom';
import type { PageClock } from '../types';
import { inFeedBelowItems, loaderBelowItems } from './feed-loader';
import { sectionOf } from './feed-section';
import { isFilterBar } from './find-items';
import { visibleText } from './lines';
import type { PageLanguage } from './page-locale';
import { SELECTORS } from './selectors';
import { isWord, startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * Controls that fetch older feed entries ("Show more", "Load more", "Show older activity"): buttons
 * and links, native or by role.
 */
const CONTROL = 'button, [role="button"], a, [role="link"]';

/**
 * What keeps the shown feed from being the record's whole history, each a reason the activities
 * are partial: placeholders or a spinner still loading in the feed below shown items (feed-loader.ts:
 * not a widget's beside it), a filter chip other than "All" chosen, a "Show more" control after the
 * History's last item. Only what follows a shown item counts, outside every item: a busy side panel
 * before the feed and an item's own "Show more" (a long mail body) say nothing about the feed. Items
 * come in page order.
 *
 * A control in Focus (feed-section.ts) fetches more planned items, which are never touches
 * (metrics.md): it says nothing of the History. The History lists newest first (place-in-feed.ts),
 * so a control below its last item hides only older entries (`part: 'older'`: how far back the
 * History was loaded is said by readTimeline, from its own items, never Focus's pinned ones).
 * Where every item falls under Focus, where the History begins is not known: a control after the
 * items counts, hiding entries of no known date.
 */
export function feedGaps(
  view: Element,
  items: Element[],
  placeholders: Element[],
  clock: PageClock,
  language: PageLanguage,
): NotRead[] {
  const { words } = language;
  const gaps: NotRead[] = [];
  const first = items[0];
  if (!first) return gaps;
  if (placeholders.some((p) => inFeedBelowItems(p, items)) || loaderBelowItems(view, items, words))
    gaps.push({ field: 'activities', reason: 'more history items were still loading' });
  const filter = chosenFilter(view, words);
  if (filter) gaps.push({ field: 'activities', reason: `the history is filtered to "${filter}"` });
  const inFocus = (el: Element) => sectionOf(el, clock, language) === 'focus';
  const historyLast = items.filter((item) => !inFocus(item)).pop();
  // Every item under Focus: the History drew no title of its own for its entries to fall under (no
  // source shows its markup, crm-evidence-2.md), so a control after the items may be the History's.
  const last = historyLast ?? items[items.length - 1] ?? first;
  const after = (el: Element) => (historyLast ? follows(el, historyLast) && !inFocus(el) : follows(el, first));
  const below = (el: Element) => after(el) && !items.some((item) => item.contains(el));
  const controls = allVisible(view, CONTROL).filter(below);
  const counted = countedControlAfter(controls, last, view);
  const part = historyLast ? { part: 'older' as const } : {};
  if (controls.some((c) => namesShowMore(c, words)))
    gaps.push({ field: 'activities', reason: 'older history items are behind a "Show more" control', ...part });
  else if (counted)
    gaps.push({
      field: 'activities',
      reason: `a control after the history's last item ("${controlName(counted)}") may hold older items`,
      ...part,
    });
  return gaps;
}

/** A count in brackets ending a control's name: "Pokaż więcej (14)", "Visa fler (12)". */
const COUNT = /\(\s*\d+\s*\)$/;

/**
 * A control after the History's last item, in the element around its list, whose name ends in a
 * count in brackets: in a language without a word table ("Pokaż więcej (14)") the count is what
 * says more entries stand behind it. Never one of the sidebar's ("See all (3)" lists a card's own
 * records), nor one in a container that is the whole view.
 */
function countedControlAfter(controls: Element[], last: Element, view: Element): Element | undefined {
  const around = last.parentElement?.parentElement;
  if (!around || around === view || around.contains(view)) return undefined;
  return controls.find(
    (c) => around.contains(c) && follows(c, last) && !c.closest(SIDEBAR) && COUNT.test(controlName(c)),
  );
}

const SIDEBAR = 'aside, [role="complementary"]';

function controlName(control: Element): string {
  return textOf(control) || control.getAttribute('aria-label') || control.getAttribute('title') || '';
}

/**
 * The filter drawn as tabs or as a segmented control: the chosen option of each form and the
 * group that holds its fellow options.
 */
const OPTION_FORMS = [
  { chosen: '[role="tab"][aria-selected="true"]', option: '[role="tab"]', group: '[role="tablist"]' },
  { chosen: '[role="radio"][aria-checked="true"]', option: '[role="radio"]', group: '[role="radiogroup"]' },
] as const;

/**
 * The chosen chip of the History filter bar, unless it is "All". crm-evidence-2.md names
 * `aria-pressed` buttons (B) and warns that no single attribute lasts, so the filter drawn as tabs
 * (`role="tab"`, the chosen one `aria-selected="true"`) or as a radio group (`role="radio"`,
 * `aria-checked="true"`) is asked too. Tabs and radios count only where they offer "All": the
 * composer above Focus is a tab bar too ("Notes · Activity · Email", "Notes" chosen), and it
 * filters nothing.
 */
function chosenFilter(view: Element, words: Wording): string | undefined {
  for (const chip of allVisible(view, '[aria-pressed="true"]')) {
    const bar = barAround(chip);
    if (bar && isFilterBar(bar) && !isAllChip(chip, words)) return chipName(chip);
  }
  for (const form of OPTION_FORMS)
    for (const chosen of allVisible(view, form.chosen)) {
      const bar = chosen.closest(form.group) ?? barAround(chosen);
      const offersAll = bar && Array.from(bar.querySelectorAll(form.option)).some((o) => isAllChip(o, words));
      if (offersAll && isFilterBar(bar) && !isAllChip(chosen, words)) return chipName(chosen);
    }
  return undefined;
}

/**
 * The element around a chip that holds its fellow chips: its parent, or above the wrappers that
 * hold the chip alone (a tooltip or pill wrapper per chip, as component libraries draw buttons with
 * hints), so chips that are cousins under one bar are recognised as well as siblings. A wrapper
 * shows nothing but its chip; climbing stops at the first element showing more.
 */
function barAround(chip: Element): Element | null {
  const name = visibleText(chip);
  let wrapper = chip;
  while (wrapper.parentElement && visibleText(wrapper.parentElement) === name) wrapper = wrapper.parentElement;
  return wrapper.parentElement;
}

/** "All" by its test id or its word, with or without a count badge ("All 12", "All (12)"). */
function isAllChip(chip: Element, words: Wording): boolean {
  return chip.matches(SELECTORS.allFilterChip) || isWord(withoutCount(chipName(chip)), words.allFilter);
}

function chipName(chip: Element): string {
  return textOf(chip) || chip.getAttribute('aria-label') || '';
}

function withoutCount(name: string): string {
  return name.replace(/\s*\(?\d+\)?$/, '');
}

/** The control's text, else the name an icon button gives itself (`aria-label`, `title`), says "Show more". */
function namesShowMore(control: Element, words: Wording): boolean {
  const names = [textOf(control), control.getAttribute('aria-label'), control.getAttribute('title')];
  return names.some((name) => name && isShowMore(name, words));
}

/**
 * A label that starts with the words, also with a count anywhere in it ("Show 12 more", "12 weitere
 * anzeigen") or more words after them ("Load more activities", "Show older activity"): no source
 * gives Pipedrive's exact label, and only a control below the feed's items is asked.
 */
function isShowMore(text: string, words: Wording): boolean {
  const uncounted = text
    .replace(/\d+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:·•-]+/, '');
  return startsWithWord(uncounted, words.showMore);
}
