import { remembered } from '../reading-memo';
import { hiddenByPage } from './lines';

/** Headings and landmarks that open a part of the page: above them no group header is an entry's. */
export const OPENS_PART =
  'h1, h2, h3, h4, h5, h6, [role="heading"], aside, nav, [role="complementary"], [role="navigation"]';

/**
 * What the group header an entry stands under says: the nearest element before it that says
 * anything (`saidBy`), past the earlier entries of its group (which say 'nothing') and through its
 * ancestors (a group's list of entries below the group's header); 'stop' (an earlier group, a
 * heading, a landmark) means the entry's group shows nothing, and no header further up is taken
 * for it. Each element's answer is kept for the reading (`memo`), so the entries of a long group
 * share their walk.
 */
export function headerAbove<T>(
  memo: string,
  el: Element,
  saidBy: (previous: Element) => T | 'stop' | 'nothing',
): T | undefined {
  return remembered(memo, el, () => {
    let previous = el.previousElementSibling;
    while (previous && hiddenByPage(previous)) previous = previous.previousElementSibling;
    if (!previous) return el.parentElement ? headerAbove(memo, el.parentElement, saidBy) : undefined;
    const said = saidBy(previous);
    if (said !== 'nothing') return said === 'stop' ? undefined : said;
    return headerAbove(memo, previous, saidBy);
  });
}
