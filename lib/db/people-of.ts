import type { Activity } from '../schema/activity';

/** Deal key → the record keys of its contacts, for "any of its contacts". */
export type DealContacts = ReadonlyMap<string, readonly string[]>;

/**
 * Who a touch was with: the contacts it names; naming none, its deals and all of their
 * contacts (a deal timeline rarely names the contact; a touch logged on a deal without picking
 * a contact may be with any of them).
 */
export function peopleOf(activity: Activity, dealContacts: DealContacts): string[] {
  if (activity.contactKeys.length > 0) return activity.contactKeys;
  return activity.dealKeys.flatMap((deal) => [deal, ...(dealContacts.get(deal) ?? [])]);
}
