import type { Crm } from '../schema/activity';
import { detectColumns } from './detect-columns';

const CRMS: Crm[] = ['hubspot', 'salesforce', 'pipedrive'];

/**
 * The CRM whose export headers match most of a header row, or undefined on a tie (a file of
 * only "Subject" and "Date" could come from any of them: the user's choice stands).
 */
export function likelyCrm(headers: readonly string[]): Crm | undefined {
  const scored = CRMS.map((crm) => ({
    crm,
    score: detectColumns(crm, headers).targets.filter((t) => t !== 'ignore').length,
  })).sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score === 0 || first.score === second?.score) return undefined;
  return first.crm;
}
