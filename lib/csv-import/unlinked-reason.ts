import type { ContactsByEmail } from './link-row';
import type { ImportRow } from './row-schema';

/**
 * Why a row linked to nothing, in the report's words. An email two cached contacts share (a
 * shared inbox, `null` in ContactsByEmail) is told apart from one no cached contact has: opening
 * more records, which the second invites, would not help the first.
 */
export function unlinkedReason(row: ImportRow, byEmail: ContactsByEmail): string {
  const shared = row.contactEmails.filter((email) => byEmail.get(email) === null);
  const unknown = row.contactEmails.filter((email) => byEmail.get(email) !== null);
  const reasons: string[] = [];
  if (shared.length > 0) {
    reasons.push(`this email is shared by several cached contacts, so which one is unknown: ${shared.join(', ')}`);
  }
  if (unknown.length > 0 || shared.length === 0) {
    const who = unknown.join(', ') || row.contactName || row.dealName || 'no contact or deal';
    reasons.push(`no cached contact with this email: ${who}`);
  }
  return `no id, and ${reasons.join('; ')}`;
}
