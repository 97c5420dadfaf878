import { allVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { isDated } from './dated-line';
import { linesOf } from './lines';
import { mailLineList } from './mail-lines';
import type { PageLanguage } from './page-locale';

/** A synced mail's link to its thread (`/mail/thread/{id}`), which every message of the thread shares. */
export const THREAD_LINK = 'a[href*="/mail/thread/"]';

/**
 * An expanded mail thread shows each message with its own date line and From/To lines, all in one
 * feed item: each message is its own touch (the person's replies are inbound, the rep's mails
 * outbound). The item is split into the largest parts around one From line each, side by side,
 * when every part carries a date of its own; a quoted "From:" in a mail's body (no date line of
 * its own beside the real one) leaves the item whole.
 */
export function threadMessages(item: Element, clock: PageClock, language: PageLanguage): Element[] {
  const froms = mailLineList(item, language.words)
    .filter((line) => line.side === 'from')
    .map((line) => line.start);
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
  const dated = parts.every((p) => linesOf(p).some((line) => isDated(line, clock, language)));
  return oneParent && dated ? parts : [item];
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
