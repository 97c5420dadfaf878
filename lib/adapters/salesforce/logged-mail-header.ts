import { textOf } from '../dom';
import { isFieldLabel } from './field-label';
import { isOneOf, labelsOf, norm, type SalesforceWords } from './words';

/** Elements that start a line of their own, as a long text field's paragraphs do. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'DD', 'DT', 'TR', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A header row of a mail ("Sent: Wednesday, …", "Subject: RE: Pricing"): a short label, its colon, a value. */
const HEADER_ROW = /^[^\s:][^:]{0,24}:\s*\S/;

/**
 * Sender and recipients from the header a logged email's Description opens with: the mail client
 * logs the message itself, "From: Jane Weber <jane@…>", "Sent: …", "To: …", then its text
 * (crm-evidence-2.md: "emails show To:/From: rows, so direction comes from who sent it"). Only a
 * header at the very top of a value: right after its label (a field label by markup, else
 * "Description"/"Comments" in the page's language) or right after the item's summary sentence.
 * A header below text of the message is a quoted earlier mail, whose sender says nothing of this one.
 */
export function loggedMailHeader(
  item: Element,
  summary: Element | undefined,
  words: readonly SalesforceWords[],
): { from?: string; to?: string } {
  const from = words.flatMap((w) => w.from);
  const to = words.flatMap((w) => w.to);
  const labels = labelsOf(words, 'description');
  const opensWithFrom = (el: Element) => from.some((label) => norm(textOf(el)).startsWith(norm(label)));
  for (const el of Array.from(item.querySelectorAll('*')).filter(opensWithFrom)) {
    if (summary && (el.contains(summary) || summary.contains(el))) continue;
    const lines = linesOf(el);
    const sender = rowValue(lines[0] ?? '', from);
    if (!sender || !atTopOfValue(el, item, summary, labels)) continue;
    const end = lines.findIndex((line, i) => i > 0 && !HEADER_ROW.test(line));
    const recipients = lines
      .slice(1, end < 0 ? undefined : end)
      .map((line) => rowValue(line, to))
      .find(Boolean);
    return { from: sender, ...(recipients ? { to: recipients } : {}) };
  }
  return {};
}

/** The value of a "Label: value" line whose label is one of `labels`, else undefined. */
function rowValue(line: string, labels: readonly string[]): string | undefined {
  const colon = line.indexOf(':');
  if (colon < 0 || !isOneOf(line.slice(0, colon), labels)) return undefined;
  return line.slice(colon + 1).trim() || undefined;
}

/**
 * True when nothing of the item's text stands between the element and its label or the summary
 * sentence: at each level up, the nearest sibling before it that shows text is that label or
 * sentence, or there is none and the parent is tried.
 */
function atTopOfValue(el: Element, item: Element, summary: Element | undefined, labels: readonly string[]): boolean {
  for (let node: Element | null = el; node && node !== item; node = node.parentElement) {
    let before = node.previousSibling;
    while (before && (before.textContent ?? '').trim() === '') before = before.previousSibling;
    if (!before) continue;
    if (before.nodeType !== 1) return false;
    const label = before as Element;
    return (
      (!!summary && (label === summary || label.contains(summary))) ||
      isFieldLabel(label) ||
      labels.some((l) => norm(l) === norm(textOf(label).replace(/\s*:$/, '')))
    );
  }
  return false;
}

/** The element's text by line: a `<br>` ends one, a block element stands on lines of its own. */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  const breakLine = () => {
    if ((lines[lines.length - 1] ?? '').trim() !== '') lines.push('');
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName;
      if (tag === 'BR') {
        lines.push('');
        continue;
      }
      if (BLOCKS.has(tag)) breakLine();
      walk(child);
      if (BLOCKS.has(tag)) breakLine();
    }
  };
  walk(el);
  const trimmed = lines.map((line) => line.replace(/\s+/g, ' ').trim());
  const first = trimmed.findIndex((line) => line !== '');
  return first < 0 ? [] : trimmed.slice(first);
}
