import { allVisible, spacedText } from '../dom';
import { emailAddressesIn } from './email-addresses';
import type { PersonLink } from './person-links';
import { SELECTORS } from './selectors';

/** A deal's person with the addresses their card shows (none for a participant listed by name). */
export interface AddressedPerson extends PersonLink {
  emails: string[];
}

/**
 * The deal's persons with the addresses the page shows for them: a participant list names people,
 * only the contact person's card shows contact details. A person's card is the largest box around
 * their link that links no one else, inside a persons section; every card of theirs counts.
 */
export function personsWithAddresses(sections: readonly Element[], contacts: readonly PersonLink[]): AddressedPerson[] {
  const emails = new Map<string, Set<string>>();
  for (const section of sections)
    for (const link of allVisible(section, SELECTORS.personLink)) {
      const id = personIdOf(link);
      if (!id) continue;
      let card: Element = link;
      while (card !== section && card.parentElement && linksOnly(card.parentElement, id)) card = card.parentElement;
      const own = emails.get(id) ?? new Set<string>();
      for (const address of emailAddressesIn(spacedText(card))) own.add(address);
      emails.set(id, own);
    }
  return contacts.map((c) => ({ ...c, emails: Array.from(emails.get(c.id) ?? []) }));
}

/**
 * The deal's persons the page shows no address for. For these persons a mail's From line can only
 * be matched by name (mail-direction.ts).
 */
export function personsWithoutAddress(persons: readonly AddressedPerson[]): string[] {
  return persons.filter((p) => p.emails.length === 0).map((p) => p.name);
}

function personIdOf(link: Element): string | undefined {
  return (link.getAttribute('href') ?? '').match(/\/person\/(\d+)/)?.[1];
}

function linksOnly(box: Element, id: string): boolean {
  return allVisible(box, SELECTORS.personLink).every((link) => personIdOf(link) === id);
}
