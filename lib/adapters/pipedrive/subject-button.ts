import { isControlButton } from './control-button';
import { type Chunk, linesOf } from './lines';
import { isWord } from './text-match';
import type { Wording } from './wording';

/** Where a button stands: its item, the item's pieces after it in page order, and which pieces could be a title. */
export interface ButtonPlace {
  item: Element;
  after: readonly Chunk[];
  titleLike: (piece: Chunk) => boolean;
}

/**
 * Whether a button's text is the item's subject (a link-styled button that opens the activity)
 * rather than an action drawn with its text. A control by its state, name or words is not
 * (control-button.ts); nor is a button followed on its own line by another piece that could be
 * the subject. An action stands before the subject ("Edit activity · Incoming call from Maya"),
 * where a subject drawn as a button ends its line but for a badge (an outcome "Connected", an
 * automation tag): this holds in a language with no control words too.
 */
export function isSubjectButton(button: Element, { item, after, titleLike }: ButtonPlace, words: Wording): boolean {
  if (isControlButton(button, words)) return false;
  const lines = new Set(linesOf(item));
  const line = lineOf(button, lines);
  const badges = [
    ...Object.values(words.outcomes).flat(),
    ...Object.values(words.meetingOutcomes).flat(),
    ...words.automation,
  ];
  return !after.some((piece) => {
    if (lineOf(piece.el, lines) !== line || isWord(piece.text, badges) || !titleLike(piece)) return false;
    const other = piece.el.closest('button');
    return other !== button && !(other && isControlButton(other, words));
  });
}

function lineOf(el: Element, lines: ReadonlySet<Element>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (lines.has(node)) return node;
  return null;
}
