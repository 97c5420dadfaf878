import type { NotRead } from '../../schema/read-result';
import { textOf } from '../dom';
import type { FoundItem } from './find-items';
import { countsMoreThan, showsFirstRows, withoutCount } from './related-list';
import { SEL } from './selectors';
import { isRelatedRow } from './structure';

/** A related list's title links to the list's own page (`…/related/ActivityHistories/view`; Lightning URL shape). */
const LIST_PAGE_LINK = 'a[href*="/related/"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The activity related lists ("Open Activities", "Activity History"; the Activity component's
 * related-list view) whose card shows its first rows only, its title counting "(3+)", or "(5)"
 * over fewer rows read under it: the rows behind "View All" were not read. No public source says
 * in which order a card lists its rows, so which part is missing is not said (no `part: 'older'`).
 * A row's list title: the heading of the link to the list's page in its Lightning container, else
 * the heading before it (`section`).
 */
export function partialLists(items: readonly FoundItem[]): NotRead[] {
  const rows = new Map<string, number>();
  for (const item of items) {
    if (!isRelatedRow(item.el)) continue;
    const title = [linkedTitle(item.el), item.section].find((t) => t !== undefined && /\(\d+\+?\)\s*$/.test(t));
    if (title) rows.set(title, (rows.get(title) ?? 0) + 1);
  }
  return [...rows]
    .filter(([title, shown]) => showsFirstRows(title) || countsMoreThan(title, shown))
    .map(([title]) => ({
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
  return titles.find(showsFirstRows) ?? titles.find((title) => /\(\d+\)\s*$/.test(title)) ?? titles[0];
}
