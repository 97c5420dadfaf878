import { fold } from '../../locale/fold';
import type { DealContact } from '../../schema/record';
import { textOf } from '../dom';
import type { ReadingContext } from './reading-context';
import { recordElements } from './scope';
import { ASSOCIATIONS, TIMELINE } from './selectors';
import { recordIdOfHref } from './url';

/**
 * The deal's associated contacts: contact links inside its association sections only
 * (decisions.md), by test id (chicklets, association cards, the right sidebar), else in a section
 * headed "Contacts (n)" in the page's language. Navigation and timeline links never count.
 */
export function dealContacts(root: Element, context: ReadingContext): DealContact[] {
  const sections = [
    ...recordElements(root, ASSOCIATIONS.card),
    ...recordElements(root, ASSOCIATIONS.sidebar),
    ...headedSections(root, context),
  ];
  const links = [
    ...recordElements(root, ASSOCIATIONS.chickletLink),
    ...sections.flatMap((s) => Array.from(s.querySelectorAll(TIMELINE.contactLink))),
  ];
  const contacts = new Map<string, DealContact>();
  for (const link of links) {
    const anchor = link.closest('a') ?? link.querySelector('a') ?? link;
    const id = recordIdOfHref(anchor.getAttribute('href') ?? '', 'contact');
    if (id && !contacts.has(id)) contacts.set(id, { id, name: textOf(link) });
  }
  return [...contacts.values()];
}

/**
 * How many contacts the deal has by its Contacts card's heading ("Contacts (3)"), the largest where
 * several cards count them. HubSpot's association cards list a few and link "View all": fewer
 * links than this were read only in part.
 */
export function dealContactsCounted(root: Element, context: ReadingContext): number | undefined {
  const counts = contactsHeadings(root, context).flatMap((h) => {
    const count = textOf(h).match(/\((\d+)\)/)?.[1];
    return count ? [Number(count)] : [];
  });
  return counts.length > 0 ? Math.max(...counts) : undefined;
}

/** The section a heading such as "Contacts (3)" / "Kontakte (3)" heads (its parent). */
function headedSections(root: Element, context: ReadingContext): Element[] {
  return contactsHeadings(root, context).flatMap((h) => (h.parentElement ? [h.parentElement] : []));
}

function contactsHeadings(root: Element, context: ReadingContext): Element[] {
  return recordElements(root, ASSOCIATIONS.heading).filter((h) => {
    const text = fold(textOf(h));
    return text.length < 40 && context.words.some((w) => w.contactsHeading.test(text));
  });
}
