import { monthNumber } from '../../locale/calendar-names';
import type { PageLocale } from '../../locale/page-locale';
import { textOf } from '../dom';
import { inPageOrder } from './page-order';
import { withoutCount } from './related-list';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { siblingItems } from './sibling-items';
import { activityLinks, isClipped, isRelatedRow, itemAround, shownInRecord } from './structure';
import { groupMonthOf, groupYearOf } from './timeline-date';
import { isOneOf, type SalesforceWords, wordsOf } from './words';

export interface FoundItem {
  el: Element;
  /** True under "Upcoming & Overdue", false under a past period; undefined where no section says. */
  upcoming?: boolean;
  groupYear?: number;
  /** The month (1–12) of the month group holding the item ("November • 2026"), beside `groupYear`. */
  groupMonth?: number;
  /** Under a group named relative to today: how many months from now ("Last Month" -1, "This Month" 0). */
  groupMonthOffset?: number;
  /**
   * Under a collapsible group heading that names no year, no month by its name and no relative month
   * the tables know ("Ce mois-ci" where the table lacks it): older months carry their year
   * ("novembre • 2026"), so it is a group named relative to today ("This Month" and its like).
   * A month named alone ("February") is an older month whose year the page leaves out.
   */
  relativeGroup?: true;
  /** The heading of the section the item sits in, as the page words it. */
  section?: string;
}

/**
 * The activity timeline's items, by the precise SLDS/Lightning classes and, beside them, by
 * structure (each item is the entry around its own activity link, and the entries beside those that
 * show a subject and a date, in `locale`: sibling-items.ts), outermost only, in page order,
 * the timeline's copies before related lists' rows of the same activities, and visible copies
 * before visually hidden clones: the first copy is the one kept. Undefined when the page shows
 * neither a timeline nor any item.
 */
export function findItems(
  view: Element,
  words: readonly SalesforceWords[],
  locale: PageLocale,
  readsWording = true,
): FoundItem[] | undefined {
  const shown = (el: Element) => shownInRecord(el, view);
  const precise = deepQueryAll(view, SEL.timelineItem).filter(shown);
  const structural = activityLinks(view, shown).map((a) => itemAround(a, view));
  const linked = [...new Set([...precise, ...structural])];
  const candidates = [...linked, ...siblingItems(linked, locale, shown)].filter((el) => textOf(el) !== '');
  const items = inPageOrder(outermost(candidates));
  const hasTimeline = deepQueryAll(view, `${SEL.timeline}, ${SEL.upcoming}, ${SEL.past}`).some(shown);
  if (items.length === 0 && !hasTimeline) return undefined;
  const rank = (el: Element) => (isRelatedRow(el) ? 2 : 0) + (isClipped(el) ? 1 : 0);
  const ordered = items
    .map((el) => ({ el, rank: rank(el) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ el }) => el);
  const headings = new Map<Element, Element | undefined>();
  return ordered.map((el) => ({ el, ...sectionOf(el, headingBefore(el, view, headings), words, readsWording) }));
}

/** Candidates no other candidate contains: by each one's ancestors, linear in the number of items. */
function outermost(candidates: Element[]): Element[] {
  const all = new Set(candidates);
  return candidates.filter((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (all.has(node)) return false;
    return true;
  });
}

/**
 * What may head a section: headings, and buttons (the timeline's "Upcoming & Overdue" group is
 * headed by one; crm-evidence-2.md), but not a menu button (`aria-haspopup`): it opens a menu,
 * such as a datatable heading's "Show Subject column actions", and names no section.
 */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], button:not([aria-haspopup]), button[aria-haspopup="false"]';
/** A table's column headings (SLDS data table, ARIA grid) name its columns, never the section its rows sit in. */
const COLUMN_HEADINGS = 'thead, [role="columnheader"]';
/**
 * A link to a record, as earlier items hold; a related list's title links to the list's own page,
 * `/lightning/r/Contact/{id}/related/OpenActivities/view` (Lightning URL shape), and is no item.
 */
const RECORD_LINK = 'a[href*="/lightning/r/"]:not([href*="/related/"])';

/**
 * The section an item sits in: Lightning's section classes, else the nearest heading before it: a
 * related list's title by the list page it links to, in no language
 * (`/lightning/r/Contact/{id}/related/OpenActivities/view`, `…/ActivityHistories/view`; Lightning
 * URL shape), else its wording ("Upcoming & Overdue" in the page's language, "Open Activities", or
 * a period such as "November • 2026"). `readsWording` is false on a page in a language Touchline has
 * no table for: a heading that is neither a period nor a known word then leaves `upcoming` untold.
 */
function sectionOf(
  item: Element,
  heading: Element | undefined,
  words: readonly SalesforceWords[],
  readsWording: boolean,
): Omit<FoundItem, 'el'> {
  const text = heading ? headingText(heading) : undefined;
  const groupYear = text ? groupYearOf(text) : undefined;
  const offset = text && !groupYear ? monthGroupOffset(text, words) : undefined;
  const groupMonth = text && groupYear ? groupMonthOf(text) : undefined;
  const month = groupMonth ? { groupMonth } : {};
  const year = groupYear ? { groupYear, ...month } : offset !== undefined ? { groupMonthOffset: offset } : {};
  // Given only where the section is no open one: the open section's heading names no month either.
  // A month named without its year ("February") is no relative group: its done items are on the
  // most recent such day (README), as any day printed without a year.
  const unnamed =
    !!text && !groupYear && offset === undefined && !namesMonth(text) && !!heading && isGroupHeading(item, heading);
  const relative = unnamed ? { relativeGroup: true as const } : {};
  const section = text ? { section: text } : {};
  if (item.closest(SEL.upcoming)) return { upcoming: true, ...year, ...section };
  if (item.closest(SEL.past)) return { upcoming: false, ...year, ...relative, ...section };
  const list = listAround(item) ?? (heading ? linkedList(heading) : undefined);
  if (list) return { upcoming: list === 'OpenActivities', ...year, ...section };
  if (text === undefined) return year;
  if (isOneOf(withoutCount(text), wordsOf(words, 'upcomingSection'))) return { upcoming: true, ...year, ...section };
  const period = groupYear !== undefined || offset !== undefined;
  return readsWording || period
    ? { upcoming: false, ...year, ...relative, ...section }
    : { ...year, ...relative, ...section };
}

type ActivityList = 'OpenActivities' | 'ActivityHistories';

/** The activity related list a heading's link opens: every row of "Open Activities" is open, of "Activity History" done. */
function linkedList(heading: Element): ActivityList | undefined {
  return listOfLink(heading.closest('a[href]') ?? heading.querySelector('a[href]'));
}

/**
 * The activity related list a row sits in, by the list page its container's title (or "View All")
 * links to: whatever else between the title and the row looks like a heading (a toolbar's button),
 * the container is one list. Lightning's related list containers, matched by tag name (SLDS classes
 * may be gone).
 */
function listAround(item: Element): ActivityList | undefined {
  const container = item.closest(SEL.relatedList);
  return container ? listOfLink(container.querySelector(ACTIVITY_LIST_LINK)) : undefined;
}

const ACTIVITY_LIST_LINK = 'a[href*="/related/OpenActivities/"], a[href*="/related/ActivityHistories/"]';

function listOfLink(link: Element | null): ActivityList | undefined {
  const list = link?.getAttribute('href')?.match(/\/related\/(OpenActivities|ActivityHistories)\//)?.[1];
  return list as ActivityList | undefined;
}

/** A heading that is a month's name alone, in any of Touchline's languages ("February", "févr."). */
function namesMonth(heading: string): boolean {
  return monthNumber(heading.trim().replace(/\.$/, '')) !== undefined;
}

/** A group heading named relative to today, in the page's language: its month's offset from now. */
function monthGroupOffset(heading: string, words: readonly SalesforceWords[]): number | undefined {
  const says = (key: 'previous' | 'current' | 'next') =>
    isOneOf(
      heading,
      words.flatMap((w) => w.monthGroups[key]),
    );
  if (says('current')) return 0;
  if (says('previous')) return -1;
  return says('next') ? 1 : undefined;
}

/**
 * A timeline group's heading: the item is in a past group by Lightning's class, or the heading is
 * (or holds) the button that folds its group (`aria-expanded`; crm-evidence-2.md: groups are headed
 * by a button), which a related list's title is not.
 */
function isGroupHeading(item: Element, heading: Element): boolean {
  return !!item.closest(SEL.past) || heading.matches('[aria-expanded]') || !!heading.querySelector('[aria-expanded]');
}

/** A heading's wording: its `title`, else its text. */
function headingText(heading: Element): string {
  return heading.getAttribute('title') || textOf(heading);
}

/** The element itself or its first heading with wording, column headings aside. */
function headingIn(el: Element): Element | undefined {
  if (el.matches(COLUMN_HEADINGS) || el.closest(COLUMN_HEADINGS)) return undefined;
  const candidates = el.matches(HEADING) ? [el] : Array.from(el.querySelectorAll(HEADING));
  return candidates.find((h) => !h.closest(COLUMN_HEADINGS) && headingText(h));
}

/**
 * The closest heading with wording before a node: among its earlier siblings (skipping earlier
 * items, which hold subject headings), else before its parent. Memoised per node, since the
 * siblings of a long timeline share the answer (linear, not quadratic, in the number of items).
 */
function headingBefore(node: Element, view: Element, memo: Map<Element, Element | undefined>): Element | undefined {
  if (memo.has(node)) return memo.get(node);
  const sib = node.previousElementSibling;
  const parent = node.parentElement;
  let found: Element | undefined;
  if (sib) {
    const isItem = !!sib.querySelector(RECORD_LINK) && !sib.matches(HEADING);
    found = (isItem ? undefined : headingIn(sib)) ?? headingBefore(sib, view, memo);
  } else if (parent && parent !== view) found = headingBefore(parent, view, memo);
  memo.set(node, found);
  return found;
}
