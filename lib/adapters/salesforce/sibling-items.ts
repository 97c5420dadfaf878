import type { PageLocale } from '../../locale/page-locale';
import { textOf } from '../dom';
import { looksLikeDate } from './date-like';
import { leafTexts } from './structure';

/** What names an entry's subject: a heading, a link or button with text, or a `title`. */
const SUBJECT = 'h1, h2, h3, h4, h5, h6, [role="heading"], a, button, [role="button"], [title]';

/**
 * The entries beside the items found: elements of an item's tag among its siblings that show a
 * subject and a date, as every timeline entry does. An email Einstein Activity Capture syncs is
 * no Salesforce record, so its subject links to no activity page (crm-evidence-2.md, "What follows
 * for readers": find items by what they are, repeated siblings with a date and a subject); once
 * classes are gone only its place among the linked entries finds it, or its list's place beside
 * theirs (the same tags up to a group shared with it). `shown` filters out what the page hides.
 */
export function siblingItems(
  items: readonly Element[],
  locale: PageLocale,
  shown: (el: Element) => boolean,
): Element[] {
  const known = new Set(items);
  // Each list once, with the tags of the items it holds: linear in the number of items.
  const tagsByList = new Map<Element, Set<string>>();
  for (const item of items) {
    const list = item.parentElement;
    if (!list) continue;
    const tags = tagsByList.get(list) ?? new Set<string>();
    tagsByList.set(list, tags.add(item.localName));
  }
  // A group of the timeline may hold only such entries ("Last Month": two captured emails): its
  // list stands where the linked entries' list stands in the group beside it.
  for (const [list, tags] of [...tagsByList])
    for (const other of listsAlike(list)) if (!tagsByList.has(other)) tagsByList.set(other, new Set(tags));
  const found: Element[] = [];
  for (const [parent, tags] of tagsByList) {
    for (const child of Array.from(parent.children)) {
      if (known.has(child) || !tags.has(child.localName) || !shown(child)) continue;
      if (isEntry(child, locale)) found.push(child);
    }
  }
  return found;
}

/** A subject, and beside it a text that tries to say a date ("10:12 AM | Nov 19", "3 日前"). */
function isEntry(el: Element, locale: PageLocale): boolean {
  const subject = Array.from(el.querySelectorAll(SUBJECT)).find((s) => (s.getAttribute('title') || textOf(s)) !== '');
  if (!subject) return false;
  return leafTexts(el, (leaf) => subject.contains(leaf)).some((text) => looksLikeDate(text, locale));
}

/** How far up a list the groups around it are looked for: a timeline group wraps its list in a few elements. */
const GROUP_DEPTH = 4;

/**
 * Lists at the same place as `list` in the groups beside it: up to GROUP_DEPTH elements above it,
 * then down by the same tags (`div > ul` in each "This Month", "Last Month" group).
 */
function listsAlike(list: Element): Element[] {
  const path: string[] = [];
  const alike = new Set<Element>();
  let node: Element | null = list;
  for (let depth = 0; depth < GROUP_DEPTH && node?.parentElement; depth++) {
    path.unshift(node.localName);
    node = node.parentElement;
    let level: Element[] = [node];
    for (const tag of path) level = level.flatMap((el) => Array.from(el.children).filter((c) => c.localName === tag));
    for (const other of level) if (other !== list) alike.add(other);
  }
  return [...alike];
}
