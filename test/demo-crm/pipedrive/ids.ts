import type { DemoActivity, DemoContact, DemoDeal } from '../world';

/** Pipedrive ids are plain integers in URLs and API payloads: `/person/901`, `/deal/5001`. */
export function personId(contact: Pick<DemoContact, 'id'>): string {
  return String(contact.id);
}

export function dealId(deal: Pick<DemoDeal, 'id'>): string {
  return String(deal.id);
}

export function activityId(activity: Pick<DemoActivity, 'id'>): string {
  return String(activity.id);
}

/** Organizations are not in the world: a stable id per company name, for `/organization/{id}` links. */
export function organizationId(company: string): string {
  let hash = 0;
  for (const ch of company) hash = (hash * 31 + ch.charCodeAt(0)) % 9000;
  return String(100 + hash);
}

/** Leads are keyed by UUID; the demo derives one from a contact id so inbox links are stable. */
export function leadUuid(contactId: number): string {
  const hex = contactId.toString(16).padStart(12, '0');
  return `7a1e0000-0000-4000-8000-${hex}`;
}

export const personPath = (contact: Pick<DemoContact, 'id'>) => `/person/${personId(contact)}`;
export const dealPath = (deal: Pick<DemoDeal, 'id'>) => `/deal/${dealId(deal)}`;
