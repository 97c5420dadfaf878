import { shownOwner } from '../no-owner';
import { columnText, relatedRowOf, rowLinkTo } from './related-list';
import { isRelatedRow } from './structure';
import { labelsOf, type SalesforceWords } from './words';

/**
 * The rep a related list's activity row ("Activity History", "Open Activities") is assigned to,
 * which a row, having no sentence, names only in a column: its "Assigned To" cell, else the row's
 * link to a user record (id prefix 005, Lightning URL shape), the one user column those lists
 * show by default; a language without the label is still read by the link.
 */
export function rowOwner(item: Element, words: readonly SalesforceWords[]): string | undefined {
  if (!isRelatedRow(item)) return undefined;
  const row = relatedRowOf(item);
  if (!row) return undefined;
  // An "Assigned To" cell showing "--" names nobody (no-owner.ts): the row's user link may still.
  return shownOwner(columnText(row, labelsOf(words, 'assignedTo'))) ?? shownOwner(rowLinkTo(row, 'User', '005')?.name);
}
