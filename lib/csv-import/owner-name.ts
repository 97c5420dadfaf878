/**
 * An owner's name as the page readers give it, so one rep is one row whichever source named them:
 * a page shows text with its whitespace collapsed (lib/adapters/dom.ts) and in composed form, while
 * an export keeps what the CRM user typed ("Dana  Reyes") and its tool's Unicode form (a decomposed
 * "José" from some spreadsheet programs).
 */
export function ownerName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
