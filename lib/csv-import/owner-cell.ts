import { namesNobody } from '../adapters/names-nobody';
import type { Crm } from '../schema/activity';
import { asPageText } from './as-page-text';

/**
 * An owner cell's name as a page would show it, or undefined where the cell names nobody
 * ("Unassigned", "No owner", "--", blank, a Salesforce tool or system user: names-nobody.ts):
 * such a row is an ownerless touch, not a rep's.
 */
export function ownerCell(text: string | undefined, crm: Crm): string | undefined {
  if (text === undefined) return undefined;
  const shown = asPageText(text);
  return namesNobody(shown, crm) ? undefined : shown;
}
