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
 * classes are gone only its place among the linked entries finds it. `shown` filters out what the
 * page hides.
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
