import { fold } from '../locale/fold';

/**
 * What any CRM shows in an owner slot that names nobody, whatever the page's or export's
 * language: nothing, a dash (Salesforce "--", HubSpot "—"), or the generic English fillers
 * "(No value)", "Unassigned" and "None" that CRMs and their exports leave untranslated. Each
 * CRM's own wording of "no owner" is in its word tables (hubspot/words/no-owner.ts, pipedrive/no-owner-words.ts).
 */
export const NO_OWNER_ANY_LANGUAGE: readonly string[] = ['', '-', '--', '—', '–', '(No value)', 'Unassigned', 'None'];

/**
 * The owner a slot shows, or undefined where it shows a placeholder for nobody: one of
 * `placeholders` (the CRM's, in the page's languages) or NO_OWNER_ANY_LANGUAGE, matched as the
 * whole value, trimmed, in any case and accents, so a rep named "Noah Ownerby" or "Nonez" stays.
 * Stored as an owner, a placeholder became a rep of the team view with every ownerless touch.
 */
export function shownOwner(text: string | undefined, placeholders: readonly string[] = []): string | undefined {
  if (text === undefined) return undefined;
  const folded = fold(text);
  const nobody = (word: string) => fold(word) === folded;
  return NO_OWNER_ANY_LANGUAGE.some(nobody) || placeholders.some(nobody) ? undefined : text;
}
