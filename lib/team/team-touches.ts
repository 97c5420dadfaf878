import { recordKeyOf } from '../keys';
import { collectTouches } from '../metrics/collect-touches';
import type { Touch } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { Deal } from '../schema/record';

/** The deals each contact is on, for linking a contact's copy of a touch to its deal-timeline copy. */
export function dealsByContact(deals: readonly Deal[]): Map<string, string[]> {
  const byContact = new Map<string, string[]>();
  for (const deal of deals) {
    for (const { id } of deal.contacts) {
      const key = recordKeyOf(deal.crm, deal.tenant, 'contact', id);
      const list = byContact.get(key);
      if (list) list.push(deal.key);
      else byContact.set(key, [deal.key]);
    }
  }
  return byContact;
}

/**
 * One rep's touches, duplicates merged (metrics.md's rules), oldest first. Across the whole
 * cache no record is "being viewed", so a deal-timeline copy that names nobody would meet its
 * contact's copy only through a shared record: each copy is given the deals its contacts are on
 * (rule 3: "the contact, or a contact of the same deal"), in the merge only, never stored.
 * Copies of one touch share its owner, so merging rep by rep loses no pair and keeps each slice small.
 */
export function repTouches(
  activities: readonly Activity[],
  links: ReadonlyMap<string, readonly string[]>,
  rules: { now: Date; timeZone: string; countCompletedTasks: boolean },
): Touch[] {
  const linked = activities.map((a) => {
    const extra = a.contactKeys.flatMap((k) => links.get(k) ?? []);
    return extra.length === 0 ? a : { ...a, dealKeys: [...new Set([...a.dealKeys, ...extra])] };
  });
  return collectTouches(linked, rules).touches;
}
