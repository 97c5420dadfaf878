import type { Crm } from '../schema/activity';
import { NO_OWNER as HUBSPOT_NO_OWNER } from './hubspot/words/no-owner';
import { shownOwner } from './no-owner';
import { NO_OWNER as PIPEDRIVE_NO_OWNER } from './pipedrive/no-owner-words';
import { isToolActorInAnyLanguage } from './salesforce/tool-actor';

/**
 * Each CRM's words for an owner nobody is, in every language it is read in: an export may print
 * what its pages show ("No owner", "(No owner)"); Salesforce's empty owner is a dash or a blank,
 * which no-owner.ts holds for every CRM. Read from each CRM's small lists, not its word tables:
 * the background imports this file, and the tables would add some 90 KB to its bundle.
 */
const NO_OWNER: Record<Crm, readonly string[]> = {
  hubspot: Object.values(HUBSPOT_NO_OWNER).flat(),
  pipedrive: Object.values(PIPEDRIVE_NO_OWNER).flat(),
  salesforce: [],
};

/**
 * The owner names nobody: a placeholder of that CRM in any of its languages ("No owner", "(No
 * owner)", "--", "Unassigned"), or a Salesforce tool or system user ("Sales Engagement",
 * "Automated Process": tool-actor.ts). Readers no longer take such a name as an owner; rows and
 * records an older version stored with one still hold it, and it would stay a rep of the team view.
 */
export function namesNobody(owner: string, crm: Crm): boolean {
  if (shownOwner(owner, NO_OWNER[crm]) === undefined) return true;
  return crm === 'salesforce' && isToolActorInAnyLanguage(owner);
}
