import { mayBeReadReceipt, withReadReceipts } from '../metrics/read-receipts';
import type { Touch } from '../metrics/touch';

/**
 * The touches without an owner with each read receipt of a mail a rep sent its contact marked
 * automated, as the contact's panel marks it among all its copies (withReadReceipts): an ownerless
 * receipt (a report logs the contact's mail to no user) is merged apart from the owned touches, so
 * it met no sent mail there, and it would answer the rep's email as a reply.
 */
export function withOwnerlessReceipts(
  ownerless: readonly Touch[],
  byContact: ReadonlyMap<string, readonly Touch[]>,
): Touch[] {
  return ownerless.map((touch) => {
    if (!mayBeReadReceipt(touch.activity)) return touch;
    const owned = touch.contactKeys.flatMap((key) => byContact.get(key) ?? []);
    return withReadReceipts([touch, ...owned])[0] ?? touch;
  });
}
