import { fold } from '../../locale/fold';
import { isHidden, spacedText, textOf } from '../dom';
import { isEmptyMark, shownValue } from './empty-value';
import { overRecord } from './other-record-layer';
import { propertyText } from './properties';
import { PROPERTIES } from './selectors';

/**
 * A value printed after its label in one element ("Deal stage Proposal", "Phase de la transaction :
 * Proposition"): the element's text with the label stripped (crm-evidence-2.md: HubSpot's
 * highlight properties include their label). Undefined when the text does not start with a label,
 * or when nothing or HubSpot's dash follows it (an empty value).
 */
export function stripLabel(text: string, labels: readonly string[]): string | undefined {
  const rest = afterLabel(text, labels);
  return rest === undefined ? undefined : shownValue(rest);
}

/** The text after a label it starts with, as printed (a dash kept), or undefined without one. */
function afterLabel(text: string, labels: readonly string[]): string | undefined {
  const folded = fold(text);
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    const l = fold(label);
    if (!folded.startsWith(l)) continue;
    // Folding keeps the length of these texts (accents become one letter), so the cut lines up.
    const rest = text
      .normalize('NFC')
      .slice(l.length)
      .replace(/^\s*:?\s*/, '')
      .trim();
    if (/^[\s:]/.test(folded.slice(l.length) || ' ')) return rest;
  }
  return undefined;
}

/**
 * True when an element (by selector) prints the label followed by HubSpot's dash: the property is
 * shown, and empty (empty-value.ts), not missing from the page nor still filling in.
 */
export function labelledEmpty(root: Element, selector: string, labels: readonly string[]): boolean {
  return Array.from(root.querySelectorAll(selector)).some((el) => {
    if (isHidden(el) || overRecord(el, root) || el.matches(PROPERTIES.control) || el.querySelector(PROPERTIES.control))
      return false;
    const rest = afterLabel(spacedText(el), labels);
    return rest !== undefined && isEmptyMark(rest);
  });
}

/**
 * The value of the first element (by selector) whose text is a label followed by its value; not in
 * another record's preview drawn over the record (other-record-layer.ts).
 */
export function labelledValue(root: Element, selector: string, labels: readonly string[]): string | undefined {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (isHidden(el) || overRecord(el, root)) continue;
    // A form control holds the value itself; its options would read as text.
    if (el.matches(PROPERTIES.control) || el.querySelector(PROPERTIES.control)) return propertyText(el);
    const stripped = stripLabel(spacedText(el), labels);
    if (stripped) return stripped;
  }
  return undefined;
}

/** Any short text element of the record that starts with one of the labels ("Stage: Proposal"), previews left out. */
export function valueAfterLabel(root: Element, labels: readonly string[]): string | undefined {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.children.length > 0 || isHidden(el) || overRecord(el, root)) continue;
    const text = textOf(el);
    if (text.length > 80 || !text.includes(':')) continue;
    const value = stripLabel(text, labels);
    if (value) return value;
  }
  return undefined;
}
