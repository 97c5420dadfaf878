import { fold } from '../../locale/fold';
import { findDateInText } from '../../locale/page-date';
import { takeTimeOfDay } from '../../locale/time-of-day';
import { hidesItself, textOf } from '../dom';
import { saidLeaves } from './item-text';
import { looksDated } from './looks-dated';
import type { ReadingContext } from './reading-context';
import { sameShape } from './undated-siblings';

/**
 * The timeline shows entries though no item was found in it: two or more blocks of the same shape
 * side by side, each saying two things or more and showing what an activity shows (its date or
 * time, or its type). Items in a markup whose test ids changed (crm-evidence-2.md: test ids churn)
 * are found by their dates (find-items.ts); where those are unreadable too ("3時間前") no path
 * finds them, and the reading must say so rather than count 0. Two texts alone make no item: an
 * empty timeline's groups ("Upcoming" / "No upcoming activities") and its filter dropdowns
 * ("All users", "All teams") are alike in shape and show neither a date nor a type.
 */
export function showsUnfoundItems(timeline: Element, context: ReadingContext): boolean {
  const shows = new Map<Element, boolean>();
  const showsActivity = (block: Element) => {
    let known = shows.get(block);
    if (known === undefined) {
      known = saidLeaves(block).some((leaf) => showsWhatAnItemShows(textOf(leaf), context));
      shows.set(block, known);
    }
    return known;
  };
  for (const el of [timeline, ...Array.from(timeline.querySelectorAll('*'))]) {
    if (el.children.length < 2 || hidesItself(el)) continue;
    const blocks = Array.from(el.children).filter(
      (child) => !hidesItself(child) && saidLeaves(child).length >= 2 && showsActivity(child),
    );
    if (blocks.some((block, i) => blocks.slice(i + 1).some((other) => sameShape(block, other)))) return true;
  }
  return false;
}

/**
 * A date or time the locale readers recognise, relative or absolute ("Nov 3, 2026", "3 hours
 * ago", the "16:40" of "昨日 16:40"), or a text opening with a type word of the page's wording
 * ("Logged call", "E-mail"). On a page in a language without a word table neither is known
 * ("för 2 dagar sedan", "2日前"): a text shaped like a date stands in.
 */
function showsWhatAnItemShows(text: string, { clock, locale, words, noWordsFor }: ReadingContext): boolean {
  const folded = fold(text).trim();
  const time = takeTimeOfDay(folded);
  if (time !== undefined && time !== 'invalid') return true;
  if (findDateInText(text, clock, locale)) return true;
  if (noWordsFor && looksDated(text)) return true;
  return words.some((w) => w.leadingTypes.some(([pattern]) => pattern.test(folded)));
}
