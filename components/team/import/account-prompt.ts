import { CRM_NAMES } from '../../../lib/crm-names';
import type { Account } from '../../../lib/csv-import/accounts';
import type { Crm } from '../../../lib/schema/activity';

/**
 * The account the form fills in for a CRM: the one the cache knows, if it knows exactly one.
 * With several (a production org and its sandbox) which one a file comes from is the manager's
 * to say (decisions.md: the import asks), so none is picked for them.
 */
export function onlyAccount(crm: Crm, accounts: readonly Account[]): string {
  const known = accounts.filter((a) => a.crm === crm);
  return known.length === 1 ? (known[0] as Account).tenant : '';
}

/**
 * What the form asks when a dropped file turned out to be another CRM's export: the account was
 * not on the form when the file was chosen, so the manager confirms it (or picks it) before
 * anything is written.
 */
export function accountPrompt(crm: Crm, accounts: readonly Account[]): string {
  const name = CRM_NAMES[crm];
  const known = accounts.filter((a) => a.crm === crm);
  if (known.length === 1) return `A ${name} export: check that it comes from ${known[0]?.tenant}, then import.`;
  if (known.length > 1)
    return `A ${name} export: choose which of the ${known.length} ${name} accounts it comes from (or type another), then import.`;
  return `A ${name} export: type the account it comes from (see the hint under it), then import.`;
}
