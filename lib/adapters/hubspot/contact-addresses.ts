import { fold } from '../../locale/fold';
import { CARD_HEADING } from './association-card';
import { ADDRESS } from './contact-email';
import { contactIdOf, contactSections, dealContactLinks } from './deal-contacts';
import type { ReadingContext } from './reading-context';
import { TIMELINE } from './selectors';

/** Email addresses (folded) and the ids of the deal's contacts each is shown under. */
export type ContactsByAddress = ReadonlyMap<string, readonly string[]>;

const ADDRESSES = new RegExp(ADDRESS.source, 'gu');

/**
 * The addresses the deal's association cards show under each contact ("Omar Haddad
 * omar.haddad@…"). A contact's row runs, in page order, from its link to the next contact's link or
 * the next card's heading (a link to a company or a `mailto:` one stays in the row), however the row is drawn (its parts as siblings of the link, or inside a row
 * element); text before any contact's link is no one's. A nested card is read as itself only, so a
 * sidebar's other cards never run on into the last contact's row. An address shown under two
 * contacts (a shared inbox) keeps both, and so names neither (`contactNamedBy`).
 */
export function dealContactAddresses(root: Element, context: ReadingContext): ContactsByAddress {
  const contacts = dealContactLinks(root, context);
  const cards = contactSections(root, context);
  // A contact's link found by its test id outside any card: its row is around it.
  const rows = [...contacts.values()]
    .flat()
    .flatMap((link) => (link.parentElement && !cards.some((card) => card.contains(link)) ? [link.parentElement] : []));
  const sections = new Set([...cards, ...rows]);
  const found = new Map<string, Set<string>>();
  for (const section of sections) {
    let owner: string | undefined;
    const walker = section.ownerDocument.createTreeWalker(section, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || innermost(el, sections) !== section) {
        owner = undefined;
        continue;
      }
      const link = el.closest(TIMELINE.contactLink);
      const id = link && section.contains(link) ? contactIdOf(link) : undefined;
      if (id !== undefined) owner = contacts.has(id) ? id : undefined;
      else if (startsCard(el, section)) owner = undefined;
      if (!owner) continue;
      for (const address of fold(node.textContent ?? '').match(ADDRESSES) ?? [])
        found.set(address, new Set([...(found.get(address) ?? []), owner]));
    }
  }
  return new Map([...found].map(([address, ids]) => [address, [...ids]]));
}

/** The one contact an address is shown under, else none: an unknown address, or a shared one, names no one. */
export function contactNamedBy(address: string, byAddress: ContactsByAddress): string | undefined {
  const ids = byAddress.get(fold(address));
  return ids?.length === 1 ? ids[0] : undefined;
}

function innermost(el: Element, sections: ReadonlySet<Element>): Element | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) if (sections.has(node)) return node;
  return undefined;
}

/** Inside a card's heading or toggle within the section ("Companies (1)"): what follows is another card's. */
function startsCard(el: Element, section: Element): boolean {
  const heading = el.closest(CARD_HEADING);
  return heading !== null && section.contains(heading);
}
