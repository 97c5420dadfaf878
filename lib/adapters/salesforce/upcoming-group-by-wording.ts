import { textOf } from '../dom';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { isOneOf, type SalesforceWords, wordsOf } from './words';

/** What may head the timeline's upcoming group: a heading, or the button Lightning heads it with. */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], button:not([aria-haspopup]), button[aria-haspopup="false"]';

/**
 * The timeline's upcoming groups by their heading's wording ("Upcoming & Overdue" in the page's
 * languages, words/*.ts `upcomingSection`), for a page without the timeline's classes: a group is
 * what holds its heading beside its list (`<div><h2><button>Upcoming & Overdue</button></h2><ul>…`).
 * A related list's title ("Open Activities", linking to the list's page) heads a card, no group
 * of the timeline. In page order.
 */
export function upcomingGroupsByWording(view: Element, words: readonly SalesforceWords[]): Element[] {
  const wording = wordsOf(words, 'upcomingSection');
  const groups = deepQueryAll(view, HEADING)
    .filter((h) => !h.closest(`a[href], ${SEL.relatedList}`) && !h.querySelector('a[href]'))
    .filter((h) => isOneOf(textOf(h).replace(/\s*\(\d+\+?\)$/, ''), wording))
    .flatMap((h) => outermostHeading(h).parentElement ?? []);
  return [...new Set(groups)];
}

/** The heading itself, or the heading around it (a button inside an `h2`). */
function outermostHeading(heading: Element): Element {
  let top = heading;
  for (let up = heading.parentElement; up?.matches(HEADING); up = up.parentElement) top = up;
  return top;
}
