import type { Crm } from '../schema/activity';
import type { RecordKind } from '../schema/record';

/**
 * The record's page in its CRM. Stored records keep no URL, so it is rebuilt from the key's
 * parts in the shapes the adapters read (lib/adapters/<crm>/url.ts): HubSpot's object-type path
 * on app.hubspot.com (a regional portal redirects from there), Salesforce Lightning's record path
 * on the org host (the tenant), Pipedrive's path on the company subdomain (the tenant).
 */
export function recordUrl(crm: Crm, tenant: string, kind: RecordKind, id: string): string {
  const enc = encodeURIComponent;
  switch (crm) {
    case 'hubspot':
      return `https://app.hubspot.com/contacts/${enc(tenant)}/record/${kind === 'deal' ? '0-3' : '0-1'}/${enc(id)}`;
    case 'salesforce':
      return `https://${tenant}/lightning/r/${kind === 'deal' ? 'Opportunity' : 'Contact'}/${enc(id)}/view`;
    case 'pipedrive':
      return `https://${tenant}.pipedrive.com/${kind === 'deal' ? 'deal' : 'person'}/${enc(id)}`;
  }
}
