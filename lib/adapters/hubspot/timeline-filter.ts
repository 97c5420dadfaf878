import { follows, textOf } from '../dom';
import type { ActivityTypeCount } from './activity-type-count';
import { recordElements } from './scope';
import { TIMELINE_FILTER } from './selectors';

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
): TimelineFilter | undefined {
  const tabs = recordElements(root, TIMELINE_FILTER.tab);
  if (tabs.length > 0)
    return filterOf(
      tabs,
      tabs.find((tab) => tab.matches(TIMELINE_FILTER.all)),
    );
  const list = anchor && nearestTabList(root, anchor);
  // The filter bar's type count ("Filter activity (25/25)") chooses among every kind of activity,
  // which a timeline filtered to one kind has no use for (guess: no source shows the bar on a
  // one-kind tab): a tab list above it is the record's own (Overview, Activities, Intelligence),
  // whose content need not be marked as a tab panel.
  if (!list || (typeCount && follows(typeCount.control, list))) return undefined;
  const listTabs = Array.from(list.querySelectorAll(TIMELINE_FILTER.listTab));
  return filterOf(listTabs, listTabs[0]);
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
