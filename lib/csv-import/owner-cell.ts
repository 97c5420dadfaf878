import { EVERY_LANGUAGE } from '../adapters/hubspot/words/index';
import { shownOwner } from '../adapters/no-owner';
import { noOwnerWords } from '../adapters/pipedrive/wording';
import type { Crm } from '../schema/activity';
import { asPageText } from './as-page-text';

/**
 * Each CRM's words for an owner nobody is, in every language it is read in: an export may print
 * what its pages show ("No owner", "(No owner)"); Salesforce's empty owner is a dash or a blank,
 * which no-owner.ts holds for every CRM.
 */
const NO_OWNER: Record<Crm, readonly string[]> = {
  hubspot: EVERY_LANGUAGE.flatMap((words) => words.noOwner),
  pipedrive: noOwnerWords,
  salesforce: [],
};

/**
 * An owner cell's name as a page would show it, or undefined where the cell names nobody
 * ("Unassigned", "No owner", "--", blank): such a row is an ownerless touch, not a rep's.
 */
export function ownerCell(text: string | undefined, crm: Crm): string | undefined {
  return text === undefined ? undefined : shownOwner(asPageText(text), NO_OWNER[crm]);
}
