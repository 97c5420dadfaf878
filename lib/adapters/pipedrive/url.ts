import type { RecordRef } from '../../schema/record';

/** Subdomains that belong to Pipedrive itself, not to a customer company. */
const NOT_TENANTS = new Set(['www', 'app', 'api', 'oauth', 'developers', 'support', 'marketplace', 'status', 'login']);

const PERSON = /^\/person\/(\d+)(?:\/[^/]*)?\/?$/;
const DEAL = /^\/deal\/(\d+)(?:\/[^/]*)?\/?$/;
/** Leads open over the inbox (or archive) list; a lead counts as a contact, like a Salesforce Lead. */
const LEAD = /^\/leads\/(?:inbox|archived)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/** Any `{company}.pipedrive.com` page (crm-pages.md). */
export function handlesHost(url: URL): boolean {
  return /^[a-z0-9-]+\.pipedrive\.com$/i.test(url.hostname);
}

/** The company subdomain is the tenant (contracts.md). */
export function tenantOf(url: URL): string | null {
  if (!handlesHost(url)) return null;
  const sub = (url.hostname.split('.')[0] ?? '').toLowerCase();
  return sub && !NOT_TENANTS.has(sub) ? sub : null;
}

/** Person, deal and lead pages (crm-pages.md URL table); anything else is null. */
export function detect(url: URL): RecordRef | null {
  const tenant = tenantOf(url);
  if (!tenant) return null;
  const path = url.pathname;
  const person = path.match(PERSON);
  if (person?.[1]) return { crm: 'pipedrive', tenant, kind: 'contact', recordId: person[1] };
  const deal = path.match(DEAL);
  if (deal?.[1]) return { crm: 'pipedrive', tenant, kind: 'deal', recordId: deal[1] };
  const lead = path.match(LEAD);
  if (lead?.[1]) return { crm: 'pipedrive', tenant, kind: 'contact', recordId: lead[1].toLowerCase() };
  return null;
}

/** Which of the three record routes a reference names: a lead is a contact too, but never a person. */
export function routeOf(ref: RecordRef): 'person' | 'deal' | 'lead' {
  if (ref.kind === 'deal') return 'deal';
  return ref.recordId.includes('-') ? 'lead' : 'person';
}

/** The record a link on a page of this tenant opens, if it opens a person, deal or lead; null otherwise. */
export function linkedRecord(href: string, tenant: string): RecordRef | null {
  try {
    return detect(new URL(href, `https://${tenant}.pipedrive.com/`));
  } catch {
    return null; // an href that is no URL opens no record
  }
}
