import { textOf, valueByLabel } from '../dom';
import { remembered } from '../reading-memo';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { shownInRecord } from './structure';

/**
 * The shown value of a record field by its label: the LWC item's `field-label` attribute, the
 * Aura `.test-id__field-label` text, then a bare label/value text pair (crm-pages.md). Fields in
 * a Details tab that is not selected are the same record's, so they count.
 */
export function fieldValue(view: Element, labels: readonly string[]): string | undefined {
  const wanted = labels.map(normalise);
  for (const item of layoutItems(view)) {
    if (!wanted.includes(normalise(labelOf(item)))) continue;
    const value = shownValue(item);
    if (value) return value;
  }
  return valueByLabel(view, labels, LABEL_FALLBACK);
}

/** Bare labels for the text fallback; assistive text ("Email" on timeline icons) and links are not labels. */
const LABEL_FALLBACK = ':not(.slds-assistive-text):not(a):not(button):not(option)';

/** The element holding a field's value, for values that need more than text (links). */
export function fieldElement(view: Element, labels: readonly string[]): Element | undefined {
  const wanted = labels.map(normalise);
  for (const item of layoutItems(view)) {
    if (wanted.includes(normalise(labelOf(item)))) return valueElement(item) ?? item;
  }
  return undefined;
}

/** The record's field items, found once per reading: every field is looked up among them. */
function layoutItems(view: Element): Element[] {
  return remembered('layout-items', view, () =>
    deepQueryAll(view, SEL.layoutItem).filter((el) => shownInRecord(el, view)),
  );
}

/** Value wrappers in order of preference: the outer ones also hold edit buttons. */
function valueElement(item: Element): Element | undefined {
  for (const selector of SEL.fieldValue.split(', ')) {
    const found = deepQueryAll(item, selector).find((el) => shownInRecord(el, item));
    if (found) return found;
  }
  return undefined;
}

function labelOf(item: Element): string {
  const attr = item.getAttribute(SEL.fieldLabelAttr);
  if (attr) return attr;
  return textOf(item.querySelector(SEL.fieldLabel));
}

function shownValue(item: Element): string {
  const slot = valueElement(item);
  if (slot) return valueText(slot);
  const label = item.querySelector(SEL.fieldLabel);
  const text = textOf(item);
  const labelText = textOf(label);
  return labelText && text.startsWith(labelText) ? text.slice(labelText.length).trim() : '';
}

/** Value text without the edit/preview buttons and assistive text Lightning renders beside it. */
export function valueText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1 || (node as Element).matches(SKIP)) return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  for (const child of Array.from(el.childNodes)) walk(child);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const SKIP = 'button, .slds-assistive-text, lightning-button-icon, lightning-helptext, .test-id__field-label';

function normalise(label: string): string {
  return label.replace(/[:*]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
