import type { DemoActivity, DemoContact, DemoDeal, DemoWorld } from '../world';
import { PREFIX, sfId } from './ids';

/** The demo's logged-in user: Lightning writes "You" for their own activities. */
export const CURRENT_USER_ID = 11;

export const contactPath = (c: DemoContact) => `/lightning/r/Contact/${sfId(PREFIX.contact, c.id)}/view`;
export const dealPath = (d: DemoDeal) => `/lightning/r/Opportunity/${sfId(PREFIX.opportunity, d.id)}/view`;

export function repName(world: DemoWorld, id: number): string {
  return world.reps.find((r) => r.id === id)?.name ?? 'Integration User';
}

/** Whether a timeline sentence names the rep as "You" (the logged-in user). */
export function isCurrentUser(id: number): boolean {
  return id === CURRENT_USER_ID;
}

export function fullName(c: DemoContact): string {
  return `${c.firstName} ${c.lastName}`;
}

/** Accounts are the world's companies, numbered in order of first appearance. */
export function companies(world: DemoWorld): string[] {
  return [...new Set(world.contacts.map((c) => c.company))];
}

export function accountPath(world: DemoWorld, company: string): string {
  return `/lightning/r/Account/${sfId(PREFIX.account, companies(world).indexOf(company) + 1)}/view`;
}

export function isPast(a: DemoActivity, world: DemoWorld): boolean {
  return !a.planned && Date.parse(a.timestamp) <= Date.parse(world.now);
}

/**
 * Salesforce's Last Activity (LastActivityDate): the latest day of a completed task or a past
 * event. Logged calls, emails (logged as tasks), social touches, meetings and tasks count;
 * notes and field history do not.
 */
export function lastActivity(world: DemoWorld, activities: DemoActivity[]): string | undefined {
  const days = activities
    .filter((a) => a.type !== 'note' && a.type !== 'system' && isPast(a, world))
    .map((a) => a.timestamp)
    .sort();
  return days[days.length - 1];
}

export function contactActivities(world: DemoWorld, contact: DemoContact): DemoActivity[] {
  return world.activities.filter((a) => a.contactId === contact.id);
}

export function dealActivities(world: DemoWorld, deal: DemoDeal): DemoActivity[] {
  return world.activities.filter((a) => a.dealId === deal.id);
}

/** Lightning labels closed stages "Closed Won" / "Closed Lost". */
export function stageLabel(stage: string): string {
  return stage.replace(/^Closed (won|lost)$/i, (_, s: string) => `Closed ${s[0]?.toUpperCase()}${s.slice(1)}`);
}
