import type { DemoActivity, DemoContact, DemoDeal, DemoWorld } from '../world';

/** How Pipedrive would hold each world activity: an activity, a synced mail, a note, or a changelog row. */
export type ItemKind = 'activity' | 'email' | 'note' | 'change';

/**
 * Notes and system events are their own kinds; emails arrive through the mail sync, except a
 * duplicate, which is the same touch logged again by hand as an "Email" activity.
 */
export function itemKind(a: DemoActivity): ItemKind {
  if (a.type === 'note') return 'note';
  if (a.type === 'system') return 'change';
  if (a.type === 'email' && a.duplicateOf === undefined) return 'email';
  return 'activity';
}

export function contactActivities(world: DemoWorld, contact: DemoContact): DemoActivity[] {
  return world.activities.filter((a) => a.contactId === contact.id);
}

export function dealActivities(world: DemoWorld, deal: DemoDeal): DemoActivity[] {
  return world.activities.filter((a) => a.dealId === deal.id);
}

export const repName = (world: DemoWorld, id: number) => world.reps.find((r) => r.id === id)?.name ?? 'Unknown user';
export const contactName = (c: DemoContact) => `${c.firstName} ${c.lastName}`;
