import type { NotRead } from '../../schema/read-result';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { showsText } from './shown-text';
import { shownInRecord } from './structure';
import { upcomingGroupsByWording } from './upcoming-group-by-wording';
import type { SalesforceWords } from './words';

/**
 * Lightning draws the Activity timeline in parts: the "Upcoming & Overdue" group comes first, then
 * the past groups ("This Month", older months), or, for a record with no past activity, the empty
 * state "No past activity. Past meetings and tasks marked as done show up here." (crm-evidence-2.md,
 * B). A timeline that shows its upcoming group and after it neither a past group nor any text has
 * not drawn its past part yet: read then, it would be saved as a whole history without one touch.
 * Told by structure, not by the empty state's words: no word table holds them in any language, and
 * whatever text follows the upcoming group (a past item, a group, the empty state in any language)
 * says the past part is there, as does the past part's own element showing text anywhere in the
 * view. On a page without the timeline's classes the upcoming group is found by its heading's
 * wording (upcoming-group-by-wording.ts), holding items the reader found (a layout section titled
 * "Next Steps" holds fields), and everything after it in the view counts. Where the walk cannot
 * place the group in the timeline (a saved shadow root without its host), nothing is said.
 */
export function pastPartNotDrawn(
  view: Element,
  words: readonly SalesforceWords[],
  items: readonly Element[],
): NotRead | undefined {
  const shown = (el: Element) => shownInRecord(el, view);
  const classed = deepQueryAll(view, SEL.upcoming).filter(shown);
  const upcoming =
    classed.length > 0
      ? classed
      : upcomingGroupsByWording(view, words).filter(
          (group) => shown(group) && items.some((item) => group.contains(item)),
        );
  const last = upcoming[upcoming.length - 1];
  if (!last || deepQueryAll(view, SEL.past).some(shown)) return undefined;
  // The past part drawn with its empty state, wherever it stands beside the upcoming group.
  if (deepQueryAll(view, SEL.pastPart).some((part) => shown(part) && showsText(part))) return undefined;
  const timeline = deepQueryAll(view, SEL.timeline).find((t) => t.contains(last)) ?? view;
  if (showsTextAfter(last, timeline, view)) return undefined;
  return {
    field: 'activities',
    reason:
      "the timeline's past activity has not been drawn yet: after its upcoming group it shows neither a past group nor the empty-state text",
  };
}

/**
 * Whether anything after `el` inside `area` shows text: the following siblings of `el` and of each
 * element above it up to `area`, across shadow roots to their hosts. True when the walk leaves
 * without reaching `area` (it cannot tell, so it does not report).
 */
function showsTextAfter(el: Element, area: Element, view: Element): boolean {
  let node = el;
  while (node !== area) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling)
      if (shownInRecord(next, view) && showsText(next)) return true;
    const root = node.getRootNode();
    const parent = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    if (!parent) return true;
    node = parent;
  }
  return false;
}
