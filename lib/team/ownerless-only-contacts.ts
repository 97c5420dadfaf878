import type { Touch } from '../metrics/touch';
import type { Contact } from '../schema/record';

/**
 * The contacts only touches without an owner name (`onlyOwnerless`, mergeOwnerless: a reply, "You
 * logged a call" before the name was set, an inbound lead's email; not a contact whose owned
 * touches the setting leaves out): their own record's owner is the one to follow them up, as
 * the follow-ups name owners (contact's owner first). Those whose stored contact names no owner
 * are nobody's to follow up and leave `byContact` (and `leftOut`); the keys of the rest are
 * returned, for their whole history to be read as a contact's logged without a name is.
 */
export function ownerlessOnlyContacts(
  byContact: Map<string, Touch[]>,
  leftOut: Map<string, Touch[]>,
  contacts: ReadonlyMap<string, Contact>,
  onlyOwnerless: ReadonlySet<string>,
): string[] {
  const kept: string[] = [];
  for (const key of onlyOwnerless) {
    if (contacts.get(key)?.owner !== undefined) kept.push(key);
    else {
      byContact.delete(key);
      leftOut.delete(key);
    }
  }
  return kept;
}
