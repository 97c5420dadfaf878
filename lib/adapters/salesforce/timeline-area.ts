import { remembered } from '../reading-memo';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { activityLinks, itemAround } from './structure';

/** A list's entry (`li`, table row): the list holding it holds the entries beside it too. */
const ENTRY = 'li, [role="listitem"], tr, [role="row"]';

/**
 * Whether an element sits in the activity timeline, the record's activities rather than its
 * fields: in the timeline's containers (crm-pages.md classes), else, without classes, in an
 * entry around an activity link or in the list holding such entries (structure.ts). An expanded
 * item shows label/value pairs ("From: …") and its icon's assistive text ("Email"), which are
 * the activity's, never the record's field of that name.
 */
export function inTimeline(view: Element): (el: Element) => boolean {
  const areas = remembered('timeline-areas', view, () => [
    ...deepQueryAll(view, `${SEL.timeline}, ${SEL.upcoming}, ${SEL.past}`),
    ...activityLinks(view, () => true).map((link) => {
      const item = itemAround(link, view);
      return item.matches(ENTRY) && item.parentElement ? item.parentElement : item;
    }),
  ]);
  return (el) => areas.some((area) => area.contains(el));
}
