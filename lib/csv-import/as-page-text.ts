/**
 * A cell's text as the page readers give the same text, so one touch or one rep is one whichever
 * source named it: a page shows text with its whitespace collapsed (lib/adapters/dom.ts) and in
 * composed form, while an export keeps what the CRM user typed ("Dana  Reyes", "Call  with") and
 * its tool's Unicode form (a decomposed "José" from some spreadsheet programs).
 */
export function asPageText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
