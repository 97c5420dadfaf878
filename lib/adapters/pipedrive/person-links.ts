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
    if (!id) continue;
    const name = words ? withoutLabel(visibleText(a), words) : textOf(a);
    // A card's avatar links to the same person before the name link, showing an image or initials ("ML").
    if (!seen.has(id) || name.length > (seen.get(id) ?? '').length) seen.set(id, name);
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
 * person links. A heading's icon or count badge ("Persons <badge>2</badge>") is part of it. A
 * box that reaches another section's heading or toggle has left the persons section: an empty
 * one links nobody, and the Organization card's "Other people" are not the deal's. A collapsed
 * one is reported (`collapsed`): its persons are not shown. A deal can list its contact person and its participants in separate sections, so
 * every one counts. Only the record's own sections count, outside the feed's `items`: an
 * activity's "Participants" line and a person link's assistive "Person " text name people of
 * that item, and links elsewhere (timeline items, mail bodies) do not make a person a contact of
 * the deal (decisions.md: contact links count only inside the deal's association sections).
 */
export function dealPersonsSections(
  view: Element,
  words: Wording,
  items: readonly Element[],
): { sections: Element[]; collapsed: boolean } {
  const marked = allVisible(view, SELECTORS.dealPersons);
  if (marked.length > 0) return { sections: marked, collapsed: false };
  const inFeed = (el: Element) => items.some((item) => item.contains(el) || el.contains(item));
  const sections: Element[] = [];
  let collapsed = false;
  for (const el of allVisible(view, HEADING_CANDIDATES)) {
    if (!isPersonsHeading(el, words) || inFeed(el)) continue;
    if (sectionToggleOf(el)?.getAttribute('aria-expanded') === 'false') collapsed = true;
    for (let box = el.parentElement, depth = 0; box && box !== view && depth < 3; box = box.parentElement, depth++) {
      if (holdsOtherHeading(box, el)) break;
      if (box.querySelector(SELECTORS.personLink)) {
        if (!inFeed(box) && !sections.some((s) => s.contains(box))) sections.push(box);
        break;
      }
    }
  }
  return { sections, collapsed };
}

/** Elements that may say "Persons (2)": headings, toggles, and the plain spans and divs some layouts use. */
export const HEADING_CANDIDATES = 'h1, h2, h3, h4, h5, h6, [role="heading"], button, summary, legend, span, div';

/** Headings and section toggles, as the persons section's own is found. */
const SECTION_HEAD = 'h1, h2, h3, h4, h5, h6, [role="heading"], [aria-expanded], summary, legend';

/**
 * Controls that carry `aria-expanded` for a popup, not a section: a menu button ("More actions" on
 * a person card, `aria-haspopup` in the ARIA menu-button pattern), a combobox, a menu item.
 */
const POPUP_CONTROL = '[aria-haspopup]:not([aria-haspopup="false"]), [role="combobox"], [role="menuitem"]';

/** A heading, or a toggle that folds a section rather than opening a popup. */
function isSectionHead(el: Element): boolean {
  return !el.matches('[aria-expanded]') || !el.matches(POPUP_CONTROL);
}

/** The section toggle the element sits in, popups' toggles left out. */
function sectionToggleOf(el: Element): Element | undefined {
  for (let node = el.closest('[aria-expanded]'); node; node = node.parentElement?.closest('[aria-expanded]') ?? null)
    if (isSectionHead(node)) return node;
  return undefined;
}

/** A leaf (or one holding only an icon or a count badge) whose text is "Persons", "Persons (2)", "Persons 2". */
export function isPersonsHeading(el: Element, words: Wording): boolean {
  if (el.closest('a') || el.querySelector('a, div')) return false;
  const parts = Array.from(el.querySelectorAll('span'));
  if (parts.some((span) => /\p{L}/u.test(textOf(span)))) return false;
  return isWord(textOf(el).replace(/\s*\d+$/, ''), words.labels.persons);
}

function holdsOtherHeading(box: Element, heading: Element): boolean {
  return allVisible(box, SECTION_HEAD).some(
    (el) => isSectionHead(el) && !el.contains(heading) && !heading.contains(el),
  );
}
