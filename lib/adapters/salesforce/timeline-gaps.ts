import type { NotRead } from '../../schema/read-result';
import { follows, textOf } from '../dom';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { showsText } from './shown-text';
import { shownInRecord } from './structure';
import { groupMonthOf, groupYearOf } from './timeline-date';
import { buttonBelowTimeline, labelOf } from './timeline-end-button';
import { narrowingFilter, unreadFilterLine } from './timeline-filter';
import { stillLoading } from './timeline-loading';
import { pastPartNotDrawn } from './timeline-past-part';
import { belowTimeline } from './timeline-placement';
import { isOneOf, type SalesforceWords, wordsOf } from './words';

const CONTROL = 'button, [role="button"], a';

/**
 * What keeps the shown timeline from being the record's whole history, each a reason the
 * activities are partial: a filter line that narrows it ("Filters: Within 2 months • All activities
 * • All types"; on a page in a language Touchline has no words for, `noWordsFor`, any line of that
 * shape above the items: timeline-filter.ts), the "Show All Activities" a filtered timeline offers,
 * older activities behind "Load More Past Activities" or "View More" below the items (on a page
 * without words, any button there: timeline-end-button.ts), a folded group (Lightning renders no
 * items in it; foldedGroupGap: a folded "Upcoming & Overdue" hides only planned items, a folded
 * month only its own), a timeline showing nothing at all (its items not rendered or not saved),
 * entries still loading beside the loaded ones (timeline-loading.ts), an upcoming group drawn
 * before the past part (timeline-past-part.ts). Only what sits outside every item counts (an
 * item's own "Show More" opens a long email), in the timeline's containers or after its first item
 * (pages without the timeline's classes). Items in page order.
 */
export function timelineGaps(
  view: Element,
  items: readonly Element[],
  words: readonly SalesforceWords[],
  noWordsFor?: string,
): NotRead[] {
  const first = items[0];
  const timelines = deepQueryAll(view, `${SEL.timeline}, ${SEL.upcoming}, ${SEL.past}`);
  const inTimeline = (el: Element) =>
    timelines.some((t) => t.contains(el)) || (!!first && follows(el, first) && !first.contains(el));
  const outside = (el: Element) => shownInRecord(el, view) && !items.some((item) => item.contains(el));
  const controls = deepQueryAll(view, CONTROL).filter(outside);
  const gaps: NotRead[] = [];
  // Lightning words an empty timeline ("No past activity. …"): one with neither items nor text
  // had its items in a shadow root the page or its saved copy did not carry. Not "no activity".
  if (items.length === 0 && timelines.some((t) => shownInRecord(t, view)) && !timelines.some(showsText)) {
    gaps.push({ field: 'activities', reason: 'the activity timeline shows neither items nor its empty-state text' });
  }
  const loading = stillLoading(view, items, inTimeline, outside);
  if (loading) gaps.push(loading);
  const pastMissing = pastPartNotDrawn(view, words, items);
  if (pastMissing) gaps.push(pastMissing);
  const filter = narrowingFilter(view, outside, words);
  const unreadFilter = !filter && noWordsFor ? unreadFilterLine(view, items, outside, words) : undefined;
  if (filter) gaps.push({ field: 'activities', reason: `the activity timeline is filtered to "${filter}"` });
  else if (unreadFilter) {
    gaps.push({
      field: 'activities',
      reason: `the page is in "${noWordsFor}", a language Touchline has no words for: the activity timeline's filter could not be read: "${unreadFilter}"`,
    });
  } else if (controls.some((c) => inTimeline(c) && isOneOf(textOf(c), wordsOf(words, 'showAll')))) {
    gaps.push({
      field: 'activities',
      reason: 'the activity timeline\'s filters hide some activities ("Show All Activities")',
    });
  }
  const more = controls.find(
    (c) => isOneOf(textOf(c), wordsOf(words, 'loadMore')) && belowTimeline(c, items, inTimeline),
  );
  // Past activities are grouped newest first ("This Month", then older months: crm-evidence-2.md),
  // the control under the last group: what it loads is older than every item shown.
  if (more)
    gaps.push({
      field: 'activities',
      reason: `older activities are behind a "${textOf(more)}" control`,
      part: 'older',
    });
  const unworded = controls.filter((c) => !isOneOf(textOf(c), wordsOf(words, 'showAll')));
  const unread = !more && noWordsFor ? buttonBelowTimeline(unworded, items, inTimeline) : undefined;
  if (unread) {
    const button = labelOf(unread) ? `the "${labelOf(unread)}" button` : 'an unlabelled button';
    gaps.push({
      field: 'activities',
      reason: `the page is in "${noWordsFor}", a language Touchline has no words for: ${button} below the activity timeline may load older activities`,
    });
  }
  for (const toggle of controls.filter((c) => isFoldedGroup(c, inTimeline, words)))
    gaps.push(foldedGroupGap(toggle, words));
  return gaps;
}

/**
 * What a folded group keeps from the reading. "Upcoming & Overdue" holds open items only, never a
 * touch (metrics.md: planned items are no touches while the CRM shows them planned): its planned
 * items were not read, the past activities were. A month group holds that month's items only
 * (Lightning groups past activities by their date): none newer than its month's end
 * (monthGroupEnd), as "Load More Past Activities" leaves only older ones. Any other group may hold
 * items of any date.
 */
function foldedGroupGap(toggle: Element, words: readonly SalesforceWords[]): NotRead {
  const text = textOf(toggle);
  const reason = `the "${text}" group of the activity timeline is folded`;
  if (isOneOf(text, wordsOf(words, 'upcomingSection')) || toggle.closest(SEL.upcoming))
    return { field: 'plannedActivities', reason: `${reason}: its open tasks and planned meetings were not read` };
  const olderThan = monthGroupEnd(text);
  return olderThan ? { field: 'activities', reason, part: 'older', olderThan } : { field: 'activities', reason };
}

/**
 * The instant by which a month group's month ("September 2026", "October • 2026") has ended in
 * every time zone: Lightning groups by the user's Salesforce time zone, which the page does not
 * show, and no zone is more than 12 hours behind UTC, so noon UTC on the next month's first day.
 */
function monthGroupEnd(heading: string): string | undefined {
  const year = groupYearOf(heading);
  const month = groupMonthOf(heading);
  if (year === undefined || month === undefined) return undefined;
  return new Date(Date.UTC(year, month, 1, 12)).toISOString();
}

/**
 * A folded group of the timeline: a section toggle (`aria-expanded="false"`, not a menu) headed by
 * a month ("October • 2026"), "Upcoming & Overdue", or, inside the timeline, any section title.
 */
function isFoldedGroup(
  control: Element,
  inTimeline: (el: Element) => boolean,
  words: readonly SalesforceWords[],
): boolean {
  if (control.getAttribute('aria-expanded') !== 'false' || control.hasAttribute('aria-haspopup')) return false;
  const text = textOf(control);
  if (groupYearOf(text) !== undefined || isOneOf(text, wordsOf(words, 'upcomingSection'))) return true;
  const sectionTitle = control.classList.contains('slds-section__title-action') || !!control.closest('h2, h3, h4');
  return sectionTitle && inTimeline(control);
}
