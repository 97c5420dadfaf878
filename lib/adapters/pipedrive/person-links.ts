import { allVisible, textOf } from '../dom';
import { visibleText } from './lines';
import { SELECTORS } from './selectors';
import { isWord } from './text-match';
import type { Wording } from './wording';

export interface PersonLink {
  id: string;
  name: string;
}

/**
 * Person links (`/person/{id}`, crm-pages.md URL shape) inside an element, each id once. The name
 * is the link's visible text without a leading label word an icon or assistive text adds
 * ("Person Lee Okafor").
 */
export function personLinksIn(root: ParentNode, words?: Wording): PersonLink[] {
  const seen = new Map<string, string>();
  for (const a of allVisible(root, SELECTORS.personLink)) {
    const id = (a.getAttribute('href') ?? '').match(/\/person\/(\d+)/)?.[1];
    if (id && !seen.has(id)) seen.set(id, words ? withoutLabel(visibleText(a), words) : textOf(a));
  }
  return Array.from(seen, ([id, name]) => ({ id, name }));
}

export function personIdsIn(root: ParentNode): string[] {
  return personLinksIn(root).map((p) => p.id);
}

function withoutLabel(text: string, words: Wording): string {
  const first = text.split(/[\s:]+/)[0] ?? '';
  return isWord(first, words.labels.persons) && text.length > first.length
    ? text.slice(first.length).replace(/^[\s:]+/, '')
    : text;
}

/**
 * The deal's persons sections: their markers where the page has them, else the smallest block
 * around each heading or toggle that says "Persons (2)" / "Participants" / "Personen" and holds
 * person links. A deal can list its contact person and its participants in separate sections, so
 * every one counts. Only the record's own sections count, outside the feed's `items`: an
 * activity's "Participants" line and a person link's assistive "Person " text name people of
 * that item, and links elsewhere (timeline items, mail bodies) do not make a person a contact of
 * the deal (decisions.md: contact links count only inside the deal's association sections).
 */
export function dealPersonsSections(view: Element, words: Wording, items: readonly Element[]): Element[] {
  const marked = allVisible(view, SELECTORS.dealPersons);
  if (marked.length > 0) return marked;
  const inFeed = (el: Element) => items.some((item) => item.contains(el) || el.contains(item));
  const sections: Element[] = [];
  for (const el of allVisible(view, 'h1, h2, h3, h4, h5, h6, [role="heading"], button, summary, legend, span, div')) {
    if (el.querySelector('a, div, span') || el.closest('a') || !isWord(textOf(el), words.labels.persons)) continue;
    if (inFeed(el)) continue;
    for (let box = el.parentElement, depth = 0; box && box !== view && depth < 3; box = box.parentElement, depth++)
      if (box.querySelector(SELECTORS.personLink)) {
        if (!inFeed(box) && !sections.some((s) => s.contains(box))) sections.push(box);
        break;
      }
  }
  return sections;
}
