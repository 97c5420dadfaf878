import { withoutSecondaryLines } from './entry-date-lines';
import { lineText } from './lines';
import { startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * The dated lines that each stand for an entry, leaving out an entry's second date: a done
 * activity may show the day it was due and, on a line of its own, when it was marked done ("Done:
 * Nov 19, 2026 4:02 PM", "Erledigt: …": wording.ts `done`, the word the date prefixes strip).
 * Pipedrive keeps both (entry-date-lines.ts; one done line to an entry: two entries side by side
 * may each show only their done time).
 */
export function withoutDoneLines(carriers: Element[], view: Element, words: Wording): Element[] {
  return withoutSecondaryLines(carriers, view, words, (line) => startsWithWord(lineText(line), words.done), true);
}
