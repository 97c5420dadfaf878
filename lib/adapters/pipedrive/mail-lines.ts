import { remembered } from '../reading-memo';
import { chunksOf, linesOf, lineText, visibleText } from './lines';
import { afterLabel, isWord } from './text-match';
import type { Wording } from './wording';

/** A sender or recipient line of a synced mail. */
export interface MailLine {
  side: 'from' | 'to';
  /** What follows the label ("Maya Lindqvist <maya@…>"); empty where the page shows only the label. */
  value: string;
  /** Where the line starts: the line itself ("From: Maya"), or its label element ("From" | "Maya"). */
  start: Element;
  /** The elements holding the value where the page draws it apart from its label; none for "From: Maya". */
  values: Element[];
}

/**
 * The From/To lines of an item, in page order, in the page's language ("From: Lee <lee@…>",
 * "De : …"). A label may also be an element of its own with the value in the elements after it
 * ("From" | "Maya Lindqvist", or a `dt`/`dd` pair), its colon drawn by CSS or absent: hashed-class
 * UIs commonly draw a mail's header rows so. Only a row laid out as labels and values counts, with
 * no text written between its elements: "<b>From</b> the meeting …" in a note is prose.
 */
export function mailLineList(item: Element, words: Wording): MailLine[] {
  return remembered('mail-lines', item, () => {
    const found: MailLine[] = [];
    for (const line of linesOf(item)) {
      const mail = mailLineOf(line, words, item);
      if (mail) found.push(mail);
    }
    return found;
  });
}

function mailLineOf(line: Element, words: Wording, item: Element): MailLine | undefined {
  const text = lineText(line);
  for (const side of ['from', 'to'] as const) {
    const written = afterLabel(text, words[side]);
    if (written) return { side, value: written, start: line, values: [] };
    // "From:" alone on its line: the value, where shown, is in the elements after it.
    if (written === '') return drawnApart(line, side, words, item) ?? { side, value: '', start: line, values: [] };
  }
  const label = labelOf(line, words);
  return label ? drawnApart(label, isWord(visibleText(label), words.from) ? 'from' : 'to', words, item) : undefined;
}

/** The first sender and recipient of an item's mail lines. */
export function mailLines(item: Element, words: Wording): { from?: string; to?: string } {
  const lines = mailLineList(item, words);
  const from = lines.find((l) => l.side === 'from')?.value;
  const to = lines.find((l) => l.side === 'to')?.value;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The line's label element: the line itself when it shows only a label, else its first piece when that is one. */
function labelOf(line: Element, words: Wording): Element | undefined {
  const labels = [...words.from, ...words.to];
  if (isWord(lineText(line), labels)) return line;
  const first = chunksOf(line)[0];
  if (!first || first.el === line || first.el.tagName === 'A' || first.el.children.length > 0) return undefined;
  return visibleText(first.el) === first.text && isWord(first.text, labels) ? first.el : undefined;
}

/**
 * A label element and the value in the elements after it, up to the next label. The label is
 * taken with the wrappers that hold nothing else; its row must hold no text of its own between
 * the elements (prose), and a value.
 */
function drawnApart(label: Element, side: 'from' | 'to', words: Wording, item: Element): MailLine | undefined {
  const labels = [...words.from, ...words.to];
  const text = visibleText(label);
  let start = label;
  while (start.parentElement && start.parentElement !== item && visibleText(start.parentElement) === text)
    start = start.parentElement;
  const row = start.parentElement;
  if (!row || writesBetween(row)) return undefined;
  const values: Element[] = [];
  for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
    const shown = visibleText(next);
    if (isWord(shown, labels)) break;
    if (shown) values.push(next);
  }
  if (values.length === 0) return undefined;
  return { side, value: values.map(visibleText).join(' '), start, values };
}

/** Text written directly in the element, beside its children: a sentence, not a row of labels and values. */
function writesBetween(row: Element): boolean {
  return Array.from(row.childNodes).some((n) => n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.textContent ?? ''));
}
