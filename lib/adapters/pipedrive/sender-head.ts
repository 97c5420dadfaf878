import { remembered } from '../reading-memo';
import { linesOf, lineText } from './lines';
import { startsWithWord } from './text-match';
import type { Wording } from './wording';

/** A sender as a message's head line names them: display name and address. */
export interface HeadSender {
  name: string;
  address: string;
  /** The head line, where the message begins. */
  line: Element;
}

/** "Lena Vogt <lena@harbor.example> Nov 18, 2026 at 9:12 AM": a name, then an address in angle brackets. */
const HEAD = /^([^<>@]*?)\s*<\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*>/;

/**
 * The messages of an opened thread drawn as mail clients draw a conversation: each headed by its
 * sender's name and address (and its date), with no "From:" label, and its recipients line below,
 * "to Sam Ortiz" or labelled as mail clients also draw it, "To: Sam Ortiz <sam@…>" (crm-evidence-2.md:
 * no source shows the markup; the sender's address is a From line's carrier all the same). A head
 * counts only with its recipients line right after it: an address in angle brackets in a body is
 * prose.
 */
export function senderHeads(item: Element, words: Wording): HeadSender[] {
  return remembered('sender-heads', item, () => {
    const lines = linesOf(item);
    const heads: HeadSender[] = [];
    for (const [index, line] of lines.entries()) {
      const m = lineText(line).match(HEAD);
      const next = lines[index + 1];
      if (!m || !next) continue;
      if (startsWithWord(lineText(next), words.to))
        heads.push({ name: (m[1] ?? '').replace(/^[\s"']+|[\s"']+$/g, ''), address: m[2] as string, line });
    }
    return heads;
  });
}
