import { fold } from '../../locale/fold';
import { findDateInText } from '../../locale/page-date';
import { textOf } from '../dom';
import type { ReadingContext } from './reading-context';
import { TIMELINE } from './selectors';

/** In the "Upcoming" group: marked so, or under a heading saying "Upcoming" (or "Overdue"). */
export function inUpcomingGroup(card: Element, heading: string, context: ReadingContext): boolean {
  if (card.closest(TIMELINE.upcomingGroup)) return true;
  const folded = fold(heading);
  return folded !== '' && context.words.some((w) => w.upcoming.test(folded));
}

/**
 * The heading of the item's group ("Upcoming", "December 2026"), '' when none: the nearest short
 * text before the item (or its group). An item not read as one is no heading, whatever its length:
 * it shows a date beside other text ("Task Due: Nov 24 at 9:00 AM Send deck"), where a heading is
 * at most a date ("Today"). Items come in page order, so an earlier item beside this one has the
 * answer already (`known`): long timelines are walked once, not once per item.
 */
export function groupHeading(
  card: Element,
  root: Element,
  context: ReadingContext,
  known: Map<Element, string>,
): string {
  const visited: Element[] = [];
  const answer = (value: string) => {
    for (const node of visited) known.set(node, value);
    return value;
  };
  for (let node: Element | null = card; node && node !== root; node = node.parentElement) {
    visited.push(node);
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const earlier = known.get(sib);
      if (earlier !== undefined) return answer(earlier);
      if (sib.matches(TIMELINE.card) || sib.querySelector(TIMELINE.card)) continue;
      const text = textOf(sib);
      if (!text || text.length > 40 || showsDateBesideText(text, context)) continue;
      return answer(text);
    }
  }
  return answer('');
}

function showsDateBesideText(text: string, context: ReadingContext): boolean {
  const date = findDateInText(text, context.clock, context.locale);
  return date !== undefined && date.match.trim() !== text.trim();
}
