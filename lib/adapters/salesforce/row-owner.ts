import { shownOwner } from '../no-owner';
import { columnText, relatedRowOf, rowLinkTo } from './related-list';
import { isRelatedRow } from './structure';
import { isToolActor } from './tool-actor';
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
  // An "Assigned To" cell showing "--" names nobody (no-owner.ts), nor one naming a tool or a
  // system user ("Automated Process": tool-actor.ts), as a timeline sentence naming it as actor
  // does not: the row's user link may still name a rep.
  const rep = (name: string | undefined) => {
    const shown = shownOwner(name);
    return shown && !isToolActor(shown, words) ? shown : undefined;
  };
  return rep(columnText(row, labelsOf(words, 'assignedTo'))) ?? rep(rowLinkTo(row, 'User', '005')?.name);
}
