import { lineText } from './lines';
import { afterLabel } from './text-match';
import type { Wording } from './wording';

/** A header field's label and colon before its value ("Sent: Monday, …", "Gesendet: …", "Envoyé : …", "Enviado el: …"). */
const FIELD = /^\p{L}[\p{L}\p{M} ]{0,24}:\s*\S/u;

/** The same inside a line, after the From value ("… <casey@…> Sent: Monday, …"); a time's colon follows a digit. */
const FIELD_INSIDE = /(?:^|\s)\p{L}[\p{L}\p{M}]{0,24}(?: \p{L}{1,3})?\s?:\s*\S/u;

/**
 * A dated line that is a row of a mail header quoted in a body: a reply quotes the mail it answers
 * the way Outlook writes it ("From: Casey … / Sent: Monday, November 16, 2026 9:05 AM / To: …", or
 * one paragraph broken by `<br>`), a rep pastes a customer's mail into a note. Its date is the
 * quoted mail's, never a feed entry's: an entry's date stands in its header line, before its body
 * (decisions.md). Known by its form, in no particular language but the From label's: a field label
 * and a colon before the date, after a From line (an earlier row beside it, or the same line).
 */
export function isQuotedHeaderRow(line: Element, words: Wording): boolean {
  const text = lineText(line);
  const fromValue = afterLabel(text, words.from);
  if (fromValue !== undefined) return FIELD_INSIDE.test(fromValue);
  if (!FIELD.test(text)) return false;
  for (let row = line.previousElementSibling; row; row = row.previousElementSibling)
    if (afterLabel(lineText(row), words.from) !== undefined) return true;
  return false;
}
