import { zonedDay } from '../../zoned-day';
import { allVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { isDated } from './dated-line';
import { isDuration } from './duration';
import { SEGMENT } from './item-date';
import { linesOf, lineText } from './lines';
import { mailLineList } from './mail-lines';
import type { PageLanguage } from './page-locale';
import { senderHeads } from './sender-head';
import { isTimeAlone } from './time-alone';
import type { Wording } from './wording';

/** A synced mail's link to its thread (`/mail/thread/{id}`), which every message of the thread shares. */
export const THREAD_LINK = 'a[href*="/mail/thread/"]';

/**
 * An expanded mail thread shows each message with its own date line and From/To lines, all in one
 * feed item: each message is its own touch (the person's replies are inbound, the rep's mails
 * outbound). The item is split into the largest parts around one From line (or sender's head
 * line: sender-head.ts) each, side by side, when every part carries a date of its own; a quoted
 * "From:" in a mail's body (no date line of its own beside the real one) leaves the item whole. A
 * message of today shows only its time at its head ("9:12 AM"), as mail views date today's
 * messages: that is its date (todayOfThread).
 */
export function threadMessages(item: Element, clock: PageClock, language: PageLanguage): Element[] {
  const froms = messageStarts(item, language.words);
  if (froms.length < 2) return [item];
  const counts = new Map<Element, number>();
  for (const from of froms)
    for (let el: Element | null = from; el && el !== item; el = el.parentElement)
      counts.set(el, (counts.get(el) ?? 0) + 1);
  const parts = froms.map((from) => {
    let part = from;
    while (part.parentElement && part.parentElement !== item && counts.get(part.parentElement) === 1)
      part = part.parentElement;
    return part;
  });
  const oneParent = parts.every((p) => p.parentElement === parts[0]?.parentElement);
  const dated = parts.every(
    (p) => linesOf(p).some((line) => isDated(line, clock, language)) || headedByTime(p, language),
  );
  return oneParent && dated ? parts : [item];
}

/**
 * Where each message an item shows begins: its From lines, or, with fewer than two, its messages'
 * heads naming their sender with no "From:" label ("Lena Vogt <lena@…> Nov 18 …", sender-head.ts).
 */
export function messageStarts(item: Element, words: Wording): Element[] {
  const labelled = mailLineList(item, words)
    .filter((line) => line.side === 'from')
    .map((line) => line.start);
  return labelled.length >= 2 ? labelled : senderHeads(item, words).map((head) => head.line);
}

/** The message's first line begins with a time of day alone ("9:12 AM", "09:12 · Lena Vogt"), no length. */
function headedByTime(part: Element, language: PageLanguage): boolean {
  const [head] = linesOf(part);
  const first = head ? lineText(head).split(SEGMENT)[0]?.trim() : undefined;
  return !!first && isTimeAlone(first) && !isDuration(first, language.words);
}

/**
 * The day a message of an expanded thread showing only its time was written (threadMessages):
 * today, in the page's zone, as the `YYYY-MM-DD` a day header would give (day-header.ts).
 */
export function todayOfThread(clock: PageClock): string {
  return zonedDay(clock.now, clock.timeZone);
}

/**
 * The expanded thread each message sits in: the nearest enclosing element that shows a thread
 * link outside every feed item (the thread's subject line above its messages). A mail with its
 * own link, and an entry whose nearest link belongs to another entry of the feed, have none.
 * One walk up from each link, so a long feed is not searched again for every item.
 */
export function expandedThreads(items: readonly Element[], view: Element): Map<Element, Element> {
  const itemSet = new Set(items);
  const holdsLink = new Set<Element>();
  const holdsItemLink = new Set<Element>();
  for (const link of allVisible(view, THREAD_LINK)) {
    const above: Element[] = [];
    let inItem = false;
    for (let up = link.parentElement; up && up !== view; up = up.parentElement) {
      above.push(up);
      if (itemSet.has(up)) inItem = true;
    }
    for (const up of above) (inItem ? holdsItemLink : holdsLink).add(up);
  }
  const threads = new Map<Element, Element>();
  for (const item of items) {
    if (holdsLink.has(item) || holdsItemLink.has(item)) continue;
    for (let up = item.parentElement; up && up !== view; up = up.parentElement) {
      if (holdsItemLink.has(up)) break;
      if (holdsLink.has(up)) {
        threads.set(item, up);
        break;
      }
    }
  }
  return threads;
}

/** The thread's subject: the text of its link. */
export function threadSubject(thread: Element): string {
  return textOf(allVisible(thread, THREAD_LINK)[0] ?? null);
}
