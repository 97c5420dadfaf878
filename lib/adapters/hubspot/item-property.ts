import { fold } from '../../locale/fold';
import { textOf } from '../dom';

/** A "Label" / value pair inside an item ("Outcome" → "Connected"), or "Outcome: Connected" in one line. */
export function itemProperty(card: Element, labels: readonly string[]): string | undefined {
  const wanted = new Set(labels.map(fold));
  for (const leaf of Array.from(card.querySelectorAll('*'))) {
    if (leaf.children.length > 0) continue;
    const text = textOf(leaf);
    const inline = text.match(/^([^:]{2,30}):\s*(.+)$/);
    if (inline && wanted.has(fold(inline[1] as string))) return inline[2];
    if (!wanted.has(fold(text.replace(/\s*:$/, '')))) continue;
    const value = textOf(leaf.nextElementSibling) || textOf(leaf.parentElement?.nextElementSibling);
    if (value) return value;
  }
  return undefined;
}
