import { senderOf } from './mail-direction';
import { isNamed } from './person-name';
import type { AddressedPerson } from './persons-without-address';
import type { Wording } from './wording';

/**
 * The deal's person who sent a mail the feed shows with no person link ("From: Jonas Weber
 * <jonas@…>"): the one whose card shows that address, else the one person of that name whom the
 * page shows no address for. contracts.md stores a deal touch with a contact where the page names
 * one, and the From line names them; metrics.md's multi-threading counts the deal's contacts with
 * a touch. A sender the persons sections do not list, or a name two persons share, links nobody.
 */
export function senderPersonIds(item: Element, words: Wording, persons: readonly AddressedPerson[]): string[] {
  const sender = senderOf(item, words);
  if (!sender) return [];
  const address = sender.address?.toLowerCase();
  const byAddress = address ? persons.filter((p) => p.emails.some((e) => e.toLowerCase() === address)) : [];
  if (byAddress.length > 0) return byAddress.length === 1 ? [byAddress[0]?.id as string] : [];
  const byName = persons.filter((p) => p.emails.length === 0 && isNamed(sender.name, [p.name]));
  return byName.length === 1 ? [byName[0]?.id as string] : [];
}
