import type { Crm } from '../schema/activity';

/** One CRM account (the tenant of every key): `hubspot:4410982`, `salesforce:acme.lightning.force.com`. */
export interface Account {
  crm: Crm;
  tenant: string;
}

export function accountId(account: Account): string {
  return `${account.crm}:${account.tenant}`;
}

/** An account's name as the filter shows it. */
export const CRM_NAMES: Record<Crm, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive' };

export function accountLabel(account: Account): string {
  return `${CRM_NAMES[account.crm]} · ${account.tenant}`;
}
