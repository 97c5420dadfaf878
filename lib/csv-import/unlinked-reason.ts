import type { ContactsByEmail } from './link-row';
import type { ImportRow } from './row-schema';

/**
 * Why a row linked to nothing, in the report's words. An email two cached contacts share (a
 * shared inbox, `null` in ContactsByEmail) is told apart from one no cached contact has: opening
 * more records, which the second invites, would not help the first; a row that names its contact
 * or deal without an email is told so, not that its name is an email no contact has.
 */
export function unlinkedReason(row: ImportRow, byEmail: ContactsByEmail): string {
  const shared = row.contactEmails.filter((email) => byEmail.get(email) === null);
  const unknown = row.contactEmails.filter((email) => byEmail.get(email) !== null);
  const reasons: string[] = [];
  if (shared.length > 0) {
    reasons.push(`this email is shared by several cached contacts, so which one is unknown: ${shared.join(', ')}`);
  }
  if (unknown.length > 0) reasons.push(`no cached contact with this email: ${unknown.join(', ')}`);
  if (reasons.length === 0) {
    // A name alone links nothing (decisions.md: by id, else by email): the row has no email to try.
    const who = row.contactName || row.dealName;
    reasons.push(who ? `no email to link it by: ${who}` : 'no contact or deal named');
  }
  return `no id, and ${reasons.join('; ')}`;
}
