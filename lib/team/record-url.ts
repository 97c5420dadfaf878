import { routeOf } from '../adapters/pipedrive/url';
import { type Crm, crmSchema } from '../schema/activity';
import { type RecordKind, recordKindSchema } from '../schema/record';

/**
 * The record's page in its CRM. Stored records keep no URL, so it is rebuilt from the key's
 * parts in the shapes the adapters read (lib/adapters/<crm>/url.ts): HubSpot's object-type path
 * on app.hubspot.com (a regional portal redirects from there), Salesforce Lightning's record path
 * on the org host (the tenant; a lead, `00Q`, under Lead: Touchline keeps leads as contacts),
 * Pipedrive's path on the company subdomain (the tenant; a lead, kept as a contact by its UUID, in
 * the leads inbox, where the adapter reads it from).
 */
export function recordUrl(crm: Crm, tenant: string, kind: RecordKind, id: string): string {
  const enc = encodeURIComponent;
  switch (crm) {
    case 'hubspot':
      return `https://app.hubspot.com/contacts/${enc(tenant)}/record/${kind === 'deal' ? '0-3' : '0-1'}/${enc(id)}`;
    case 'salesforce':
      return `https://${tenant}/lightning/r/${salesforceObject(kind, id)}/${enc(id)}/view`;
    case 'pipedrive':
      return `https://${tenant}.pipedrive.com/${pipedrivePath(tenant, kind, id)}`;
  }
}

function pipedrivePath(tenant: string, kind: RecordKind, id: string): string {
  const route = routeOf({ crm: 'pipedrive', tenant, kind, recordId: id });
  return `${route === 'lead' ? 'leads/inbox' : route}/${encodeURIComponent(id)}`;
}

function salesforceObject(kind: RecordKind, id: string): string {
  if (kind === 'deal') return 'Opportunity';
  return id.startsWith('00Q') ? 'Lead' : 'Contact';
}

/**
 * recordUrl from a record key (`crm:tenant:kind:id`, lib/keys.ts), for a record known only by the
 * keys activities name (no stored contact); undefined when the key is not of that shape.
 */
export function recordUrlOfKey(key: string): string | undefined {
  const [crm, tenant, kind, ...id] = key.split(':');
  const parsedCrm = crmSchema.safeParse(crm);
  const parsedKind = recordKindSchema.safeParse(kind);
  if (!parsedCrm.success || !parsedKind.success || !tenant || id.length === 0) return undefined;
  return recordUrl(parsedCrm.data, tenant, parsedKind.data, id.join(':'));
}
