import { textOf } from '../dom';
import { inPageOrder } from './page-order';
import { withoutCount } from './related-list';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { showsText } from './shown-text';
import { activityLinks, isClipped, isRelatedRow, itemAround, shownInRecord } from './structure';
import { groupYearOf } from './timeline-date';
import { isOneOf, type SalesforceWords, wordsOf } from './words';

export interface FoundItem {
  el: Element;
  /** True under "Upcoming & Overdue", false under a past period; undefined where no section says. */
  upcoming?: boolean;
  groupYear?: number;
  /** Under a group named relative to today: how many months from now ("Last Month" -1, "This Month" 0). */
  groupMonthOffset?: number;
}

/**
 * The activity timeline's items, by the precise SLDS/Lightning classes and, beside them, by
 * structure (each item is the entry around its own activity link), outermost only, in page order,
 * the timeline's copies before related lists' rows of the same activities, and visible copies
 * before visually hidden clones: the first copy is the one kept. Undefined when the page shows
 * neither a timeline nor any item.
 */
export function findItems(view: Element, words: readonly SalesforceWords[]): FoundItem[] | undefined {
  const shown = (el: Element) => shownInRecord(el, view);
  const precise = deepQueryAll(view, SEL.timelineItem).filter(shown);
  const structural = activityLinks(view, shown).map((a) => itemAround(a, view));
  const candidates = [...new Set([...precise, ...structural])].filter((el) => textOf(el) !== '');
  const items = inPageOrder(outermost(candidates));
  const hasTimeline = deepQueryAll(view, `${SEL.timeline}, ${SEL.upcoming}, ${SEL.past}`).some(shown);
  if (items.length === 0 && !hasTimeline) return undefined;
  const rank = (el: Element) => (isRelatedRow(el) ? 2 : 0) + (isClipped(el) ? 1 : 0);
  const ordered = items
    .map((el) => ({ el, rank: rank(el) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ el }) => el);
  const headings = new Map<Element, string | undefined>();
  return ordered.map((el) => ({ el, ...sectionOf(el, headingBefore(el, view, headings), words) }));
}

/** Candidates no other candidate contains: by each one's ancestors, linear in the number of items. */
function outermost(candidates: Element[]): Element[] {
  const all = new Set(candidates);
  return candidates.filter((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (all.has(node)) return false;
    return true;
  });
}

/** Loading placeholders: Lightning's item elements while they are still empty, open shadow roots included. */
export function isLoading(view: Element): boolean {
  const stencils = deepQueryAll(view, SEL.stencil).filter((el) => shownInRecord(el, view));
  return stencils.length > 0 && !stencils.some(showsText);
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], button';
/**
 * A link to a record, as earlier items hold; a related list's title links to the list's own page,
 * `/lightning/r/Contact/{id}/related/OpenActivities/view` (Lightning URL shape), and is no item.
 */
const RECORD_LINK = 'a[href*="/lightning/r/"]:not([href*="/related/"])';

/**
 * The section an item sits in: Lightning's section classes, else the nearest heading before it
 * ("Upcoming & Overdue" in the page's language, the "Open Activities" related list, or a period such
 * as "November • 2026").
 */
function sectionOf(
  item: Element,
  heading: string | undefined,
  words: readonly SalesforceWords[],
): Omit<FoundItem, 'el'> {
  const groupYear = heading ? groupYearOf(heading) : undefined;
  const offset = heading && !groupYear ? monthGroupOffset(heading, words) : undefined;
  const year = groupYear ? { groupYear } : offset !== undefined ? { groupMonthOffset: offset } : {};
  if (item.closest(SEL.upcoming)) return { upcoming: true, ...year };
  if (item.closest(SEL.past)) return { upcoming: false, ...year };
  if (heading === undefined) return year;
  return { upcoming: isOneOf(withoutCount(heading), wordsOf(words, 'upcomingSection')), ...year };
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
 * The text of the closest heading before a node: among its earlier siblings (skipping earlier
 * items, which hold subject headings), else before its parent. Memoised per node, since the
 * siblings of a long timeline share the answer (linear, not quadratic, in the number of items).
 */
function headingBefore(node: Element, view: Element, memo: Map<Element, string | undefined>): string | undefined {
  if (memo.has(node)) return memo.get(node);
  const sib = node.previousElementSibling;
  const parent = node.parentElement;
  let text: string | undefined;
  if (sib) {
    const isItem = !!sib.querySelector(RECORD_LINK) && !sib.matches(HEADING);
    const heading = isItem ? null : sib.matches(HEADING) ? sib : sib.querySelector(HEADING);
    text = heading?.getAttribute('title') || textOf(heading) || headingBefore(sib, view, memo);
  } else if (parent && parent !== view) text = headingBefore(parent, view, memo);
  memo.set(node, text);
  return text;
}
