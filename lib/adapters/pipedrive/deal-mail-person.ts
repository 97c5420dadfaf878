import { emailAddressesIn } from './email-addresses';
import { senderOf } from './mail-direction';
import { mailLineList } from './mail-lines';
import { isNamed } from './person-name';
import type { AddressedPerson } from './persons-without-address';
import type { Wording } from './wording';

/**
 * The deal's person who sent a mail the feed shows with no person link ("From: Jonas Weber
 * <jonas@…>"): the one whose card shows that address, else the one person of that name whom the
 * page shows no address for. A From line showing a name alone ("From: Lars Holm") has no address
 * to weigh against the card's, so its name is matched whether or not the card shows an address;
 * else a reply-all from a person whose card shows one would be nobody's reply. contracts.md stores
 * a deal touch with a contact where the page names one, and the From line names them; metrics.md's
 * multi-threading counts the deal's contacts with a touch. A sender the persons sections do not
 * list, a name two persons share, or an address other than the one the named person's card shows
 * links nobody.
 */
export function senderPersonIds(item: Element, words: Wording, persons: readonly AddressedPerson[]): string[] {
  const sender = senderOf(item, words);
  if (!sender) return [];
  const address = sender.address?.toLowerCase();
  const byAddress = address ? persons.filter((p) => p.emails.some((e) => e.toLowerCase() === address)) : [];
  if (byAddress.length > 0) return byAddress.length === 1 ? [byAddress[0]?.id as string] : [];
  const byName = persons.filter((p) => (!address || p.emails.length === 0) && isNamed(sender.name, [p.name]));
  return byName.length === 1 ? [byName[0]?.id as string] : [];
}

/**
 * The deal's persons a mail the rep sent is addressed to: each address on its To and Cc lines
 * that one person's card shows names that person, as the sender's does a reply. Never a guess: an
 * address no person's card shows (a colleague, the person's assistant) or one two persons share
 * names nobody, and a recipient written without an address is not matched by name.
 */
export function recipientPersonIds(item: Element, words: Wording, persons: readonly AddressedPerson[]): string[] {
  const ids = new Set<string>();
  for (const line of mailLineList(item, words)) {
    if (line.side !== 'to') continue;
    for (const address of emailAddressesIn(line.value)) {
      const owners = persons.filter((p) => p.emails.some((e) => e.toLowerCase() === address.toLowerCase()));
      if (owners.length === 1 && owners[0]) ids.add(owners[0].id);
    }
  }
  return Array.from(ids);
}
