import type { Crm } from '../schema/activity';
import { EVERY_LANGUAGE as HUBSPOT_LANGUAGES } from './hubspot/words/index';
import { shownOwner } from './no-owner';
import { noOwnerWords } from './pipedrive/wording';
import { isToolActor } from './salesforce/tool-actor';
import { EVERY_LANGUAGE as SALESFORCE_LANGUAGES } from './salesforce/words/index';

/**
 * Each CRM's words for an owner nobody is, in every language it is read in: an export may print
 * what its pages show ("No owner", "(No owner)"); Salesforce's empty owner is a dash or a blank,
 * which no-owner.ts holds for every CRM.
 */
const NO_OWNER: Record<Crm, readonly string[]> = {
  hubspot: HUBSPOT_LANGUAGES.flatMap((words) => words.noOwner),
  pipedrive: noOwnerWords,
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
  return crm === 'salesforce' && isToolActor(owner, SALESFORCE_LANGUAGES);
}
