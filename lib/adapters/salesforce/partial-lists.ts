import type { NotRead } from '../../schema/read-result';
import { textOf } from '../dom';
import type { FoundItem } from './find-items';
import { showsFirstRows, withoutCount } from './related-list';
import { SEL } from './selectors';
import { isRelatedRow } from './structure';

/** A related list's title links to the list's own page (`…/related/ActivityHistories/view`; Lightning URL shape). */
const LIST_PAGE_LINK = 'a[href*="/related/"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The activity related lists ("Open Activities", "Activity History"; the Activity component's
 * related-list view) whose card shows its first rows only, its title counting "(3+)": the rows
 * behind "View All" were not read. No public source says in which order a card lists its rows, so
 * which part is missing is not said (no `part: 'older'`). A row's list title: the heading of the
 * link to the list's page in its Lightning container, else the heading before it (`section`).
 */
export function partialLists(items: readonly FoundItem[]): NotRead[] {
  const titles = new Set<string>();
  for (const item of items) {
    if (!isRelatedRow(item.el)) continue;
    const title = [linkedTitle(item.el), item.section].find((t) => t !== undefined && showsFirstRows(t));
    if (title) titles.add(title);
  }
  return [...titles].map((title) => ({
    field: 'activities',
    reason: `the "${withoutCount(title)}" list shows its first rows only ("${title.slice(withoutCount(title).length).trim()}")`,
  }));
}

/** The title of the Lightning related list container around a row, with its count. */
function linkedTitle(row: Element): string | undefined {
  const container = row.closest(SEL.relatedList);
  const titles = Array.from(container?.querySelectorAll(LIST_PAGE_LINK) ?? []).map((link) =>
    textOf(link.closest(HEADING) ?? link),
  );
  return titles.find(showsFirstRows) ?? titles[0];
}
