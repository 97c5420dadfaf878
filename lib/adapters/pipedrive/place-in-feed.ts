import { hiddenByPage, linesOf } from './lines';
import { SELECTORS } from './selectors';

/** Slack for neighbours dated to the day only (a day header, "Nov 12") and for time zones. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the record's feed ends: the page's own regions hold no entry beside it. */
const PAGE_REGION = 'main, body, aside, nav, header, [role="main"], [role="complementary"], [role="navigation"]';

/** Reads a line as an entry's date line (its instant), or not. */
export type LineDate = (line: Element) => number | undefined;

/** The element beginning the Focus or History section an element stands in (feed-section.ts), if any. */
export type SectionStart = (el: Element) => Element | undefined;

/**
 * Whether a date found only inside an entry's prose (its note, a mail's snippet: "Can we meet on
 * November 24, 2026 at 10:00 AM?", "following up on her mail of Oct 29") may be the entry's own,
 * its date line being gone or not drawn. The History lists newest first, so the entry's date lies
 * between those of the entries above and below it; and a done or past entry dates nothing after
 * the moment the page was read. A prose date that breaks either names another day (what a mail
 * proposes, what a call followed up on): the entry is read undated and reported (decisions.md: a
 * wrong value counts against, `unknown` with a `notRead` entry does not). Only the entries of the
 * item's own section are its neighbours: Focus above the History lists planned activities by when
 * they are due, in no order of the History's.
 */
export function fitsPlaceInFeed(
  item: Element,
  at: number,
  now: number,
  planned: boolean,
  dateOf: LineDate,
  sectionStart: SectionStart,
): boolean {
  if (!planned && at > now) return false;
  const above = nearestDate(item, 'above', dateOf, sectionStart);
  const below = nearestDate(item, 'below', dateOf, sectionStart);
  return (above === undefined || at <= above + DAY_MS) && (below === undefined || at >= below - DAY_MS);
}

/**
 * The date of the nearest entry above or below the item: climbing from it, each sibling on that
 * side is looked into, nearest first, for a date line outside notes and bodies, short of the page's
 * own regions (its sidebar's field rows are dated too, never entries) and of the item's section:
 * a date line in another section (Focus above the History) ends the search with none. A planned
 * entry (its done toggle unticked) is passed over: its date is when it is due, not when it was done.
 */
function nearestDate(
  item: Element,
  side: 'above' | 'below',
  dateOf: LineDate,
  sectionStart: SectionStart,
): number | undefined {
  const section = sectionStart(item);
  for (let el: Element = item; el.parentElement && !el.parentElement.matches(PAGE_REGION); el = el.parentElement) {
    for (let sib = step(el, side); sib; sib = step(sib, side)) {
      if (hiddenByPage(sib) || sib.matches(PAGE_REGION)) continue;
      const lines = linesOf(sib).filter((line) => !line.closest(`${SELECTORS.activityNote}, ${SELECTORS.itemBody}`));
      for (const line of side === 'above' ? lines.reverse() : lines) {
        const at = dateOf(line);
        if (at === undefined || inPlannedEntry(line, sib)) continue;
        return sectionStart(line) === section ? at : undefined;
      }
    }
  }
  return undefined;
}

/** The line's entry, the nearest element around it (up to `within`) holding a done toggle, shows it unticked. */
function inPlannedEntry(line: Element, within: Element): boolean {
  for (let el: Element | null = line; el && el !== within.parentElement; el = el.parentElement) {
    const box = el.querySelector(SELECTORS.itemDone);
    if (!box) continue;
    return box.getAttribute('aria-checked') === 'false' || (box.matches('input') && !box.hasAttribute('checked'));
  }
  return false;
}

function step(el: Element, side: 'above' | 'below'): Element | null {
  return side === 'above' ? el.previousElementSibling : el.nextElementSibling;
}
