import type { Touch } from '../metrics/touch';
import type { Contact } from '../schema/record';

/**
 * The contacts only touches without an owner name brought in (`onlyOwnerless`, mergeOwnerless: a
 * reply, "You logged a call" before the name was set, an inbound lead's email; not a contact whose
 * owned touches the setting leaves out), once their whole history is read (as a contact's logged
 * without a name is): the follow-ups name their record's owner, else the rep of their latest
 * counted touch that names one, a touch before the weeks read included. Those with neither are
 * nobody's to follow up and leave `byContact` (and `leftOut`): a rep's touch the settings leave
 * out (a sequence's email) names no one the follow-ups could list her under.
 */
export function dropNobodysContacts(
  byContact: Map<string, Touch[]>,
  leftOut: Map<string, Touch[]>,
  contacts: ReadonlyMap<string, Contact>,
  onlyOwnerless: ReadonlySet<string>,
): void {
  const named = (touches: readonly Touch[] | undefined) => touches?.some((t) => t.activity.owner !== undefined);
  for (const key of onlyOwnerless) {
    if (contacts.get(key)?.owner !== undefined || named(byContact.get(key))) continue;
    byContact.delete(key);
    leftOut.delete(key);
  }
}
