import { allVisible, spacedText } from '../dom';
import { emailAddressesIn } from './email-addresses';
import type { PersonLink } from './person-links';
import { SELECTORS } from './selectors';

/**
 * The deal's persons the page shows no address for: a participant list names people, only the
 * contact person's card shows contact details. A person's card is the largest box around their
 * link that links no one else, inside a persons section; any card of theirs with an address counts.
 * For these persons a mail's From line can only be matched by name (mail-direction.ts).
 */
export function personsWithoutAddress(sections: readonly Element[], contacts: readonly PersonLink[]): string[] {
  const addressed = new Set<string>();
  for (const section of sections)
    for (const link of allVisible(section, SELECTORS.personLink)) {
      const id = personIdOf(link);
      if (!id) continue;
      let card: Element = link;
      while (card !== section && card.parentElement && linksOnly(card.parentElement, id)) card = card.parentElement;
      if (emailAddressesIn(spacedText(card)).length > 0) addressed.add(id);
    }
  return contacts.filter((c) => !addressed.has(c.id)).map((c) => c.name);
}

function personIdOf(link: Element): string | undefined {
  return (link.getAttribute('href') ?? '').match(/\/person\/(\d+)/)?.[1];
}

function linksOnly(box: Element, id: string): boolean {
  return allVisible(box, SELECTORS.personLink).every((link) => personIdOf(link) === id);
}
