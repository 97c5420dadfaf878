import { CRM_NAMES } from '../crm-names';
import type { Crm } from '../schema/activity';

/** One CRM account (the tenant of every key): `hubspot:4410982`, `salesforce:acme.lightning.force.com`. */
export interface Account {
  crm: Crm;
  tenant: string;
}

export function accountId(account: Account): string {
  return `${account.crm}:${account.tenant}`;
}

export function accountLabel(account: Account): string {
  return `${CRM_NAMES[account.crm]} · ${account.tenant}`;
}
