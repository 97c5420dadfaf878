import { pageText } from '../adapters/dom';

/**
 * A cell's text as the page readers give the same text (lib/adapters/dom.ts pageText), so one
 * touch or one rep is one whichever source named it: an export keeps what the CRM user typed
 * ("Dana  Reyes", "Call  with") and its tool's Unicode form (a decomposed "José" from some
 * spreadsheet programs).
 */
export function asPageText(text: string): string {
  return pageText(text);
}
