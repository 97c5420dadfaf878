import { fold } from '../../locale/fold';
import type { DealContact } from '../../schema/record';
import { textOf } from '../dom';
import { contactLinkName } from './contact-link-name';
import type { ReadingContext } from './reading-context';
import { recordElements } from './scope';
import { ASSOCIATIONS, TIMELINE } from './selectors';
import { recordIdOfHref } from './url';

/**
 * The deal's associated contacts: contact links inside its association sections only
 * (decisions.md), by test id (chicklets, association cards, the right sidebar), else in a section
 * headed "Contacts (n)" in the page's language. Navigation and timeline links never count. A
 * contact's row may link it more than once (its avatar, its name): its name is read from them all.
 */
export function dealContacts(root: Element, context: ReadingContext): DealContact[] {
  return [...dealContactLinks(root, context)].map(([id, same]) => ({ id, name: contactLinkName(same) }));
}

/** The deal's associated contacts' links (as `dealContacts` finds them), by contact id. */
export function dealContactLinks(root: Element, context: ReadingContext): Map<string, Element[]> {
  const links = [
    ...recordElements(root, ASSOCIATIONS.chickletLink),
    ...contactSections(root, context).flatMap((s) => Array.from(s.querySelectorAll(TIMELINE.contactLink))),
  ];
  const linksById = new Map<string, Element[]>();
  for (const link of links) {
    const id = contactIdOf(link);
    if (id) linksById.set(id, [...(linksById.get(id) ?? []), link]);
  }
  return linksById;
}

/** The contact a link (or a test id on, in or around one) points to. */
export function contactIdOf(link: Element): string | undefined {
  const anchor = link.closest('a') ?? link.querySelector('a') ?? link;
  return recordIdOfHref(anchor.getAttribute('href') ?? '', 'contact');
}

/**
 * How many contacts the deal has: the largest count its Contacts cards show, in a heading
 * ("Contacts (3)") or on the control that lists them all ("View all associated contacts (12)").
 * HubSpot's association cards list a few: fewer links than this were read only in part.
 */
export function dealContactsCounted(root: Element, context: ReadingContext): number | undefined {
  const headed = contactsHeadings(root, context).map((h) => textOf(h).match(/\((\d+)\)/)?.[1]);
  const listed = contactSections(root, context)
    .flatMap((s) => Array.from(s.querySelectorAll(VIEW_ALL)))
    .filter((control) => listsAllContacts(control, context))
    .map((control) => textOf(control).match(/\d+/)?.[0]);
  const counts = [...headed, ...listed].flatMap((count) => (count ? [Number(count)] : []));
  return counts.length > 0 ? Math.max(...counts) : undefined;
}

const VIEW_ALL = 'a, button, [role="button"], [role="link"]';

function listsAllContacts(control: Element, context: ReadingContext): boolean {
  const label = fold(textOf(control));
  return context.words.some((w) => w.contactsViewAll?.test(label));
}

/** Where the deal's contacts are listed: association cards, the right sidebar, sections headed "Contacts". */
export function contactSections(root: Element, context: ReadingContext): Element[] {
  return [
    ...recordElements(root, ASSOCIATIONS.card),
    ...recordElements(root, ASSOCIATIONS.sidebar),
    ...headedSections(root, context),
  ];
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
