import { follows, textOf } from '../dom';
import type { ActivityTypeCount } from './activity-type-count';
import { isTypeWord } from './classify-activity';
import { recordElements } from './scope';
import { TIMELINE_FILTER } from './selectors';
import type { HubSpotWords } from './words/types';

export interface TimelineFilter {
  /** The selected tab's label, e.g. "Notes". */
  selected: string;
  /** The unfiltered tab's label, e.g. "Activity" (localised). */
  all: string;
}

/**
 * The timeline's filter when a tab other than the unfiltered one is selected: the page then shows
 * one kind of activity only. By the filter tabs' test ids, else by the tab list nearest the anchor:
 * the first item read, or the timeline when it shows none (crm-evidence-2.md: never by the tabs'
 * localised names). `typeCount`: the filter bar's count of the types shown (activity-type-count.ts).
 */
export function timelineFilter(
  root: Element,
  anchor: Element | undefined,
  typeCount: ActivityTypeCount | undefined,
  words: readonly HubSpotWords[],
): TimelineFilter | undefined {
  const tabs = recordElements(root, TIMELINE_FILTER.tab);
  if (tabs.length > 0)
    return filterOf(
      tabs,
      tabs.find((tab) => tab.matches(TIMELINE_FILTER.all)),
    );
  const list = anchor && nearestTabList(root, anchor);
  if (!list) return undefined;
  const listTabs = Array.from(list.querySelectorAll(TIMELINE_FILTER.listTab));
  if (typeCount && follows(typeCount.control, list) && !namesActivityKinds(listTabs, words)) return undefined;
  return filterOf(listTabs, listTabs[0]);
}

/** Plural endings the tabs' names may carry beyond a table's singular type word ("Calls", "Notizen", "Anrufe"). */
const PLURAL = /(?:en|s|n|e)$/;

/**
 * Whether a tab list above the filter bar's type count is the timeline's filter. Both lists may
 * stand there: the record's own tabs (Overview, Activities, Intelligence), whose content need not
 * be marked as a tab panel, and the timeline's filter tabs (Activity, Notes, Emails, Calls…), with
 * the bar below them whichever tab is chosen (crm-evidence-2.md names both, not which is drawn
 * where). Without test ids only their names tell them apart: the filter's name kinds of activity,
 * two or more of its tabs a type word of the page's wording, the record's do not.
 */
function namesActivityKinds(tabs: readonly Element[], words: readonly HubSpotWords[]): boolean {
  const kinds = tabs.filter((tab) => {
    const name = textOf(tab).trim();
    return isTypeWord(name, words) || isTypeWord(name.replace(PLURAL, ''), words);
  });
  return kinds.length >= 2;
}

function filterOf(tabs: readonly Element[], all: Element | undefined): TimelineFilter | undefined {
  const selected = tabs.find((tab) => tab.matches(TIMELINE_FILTER.selected));
  if (!all || !selected || selected === all) return undefined;
  return { selected: textOf(selected), all: textOf(all) };
}

/**
 * The tab list in the closest ancestor of the anchor that has one, the last of them before it;
 * none past a tab panel, whose list holds the record's own tabs (Overview, Activities), nor past
 * the anchor when it is such a panel itself (a lone item found as its tab's whole content).
 */
function nearestTabList(root: Element, anchor: Element): Element | undefined {
  const lists = recordElements(root, TIMELINE_FILTER.list);
  for (let node: Element | null = anchor; node && lists.length > 0; node = node.parentElement) {
    const before = lists.filter((list) => node.contains(list) && follows(anchor, list));
    if (before.length > 0) return before[before.length - 1];
    if (node === root || node.matches(TIMELINE_FILTER.panel)) return undefined;
  }
  return undefined;
}
