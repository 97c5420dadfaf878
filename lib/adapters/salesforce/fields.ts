import { pageText, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { bareFieldValue } from './bare-field';
import { inAnotherRecordsCard } from './other-record-card';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { shownInRecord } from './structure';

/**
 * The shown value of a record field by its label: the LWC item's `field-label` attribute, the
 * Aura `.test-id__field-label` text, then a bare label/value text pair outside the activity
 * timeline (crm-pages.md; bare-field.ts). Fields in a Details tab that is not selected are the
 * same record's, so they count; fields in a card about another record (`recordId` is the URL's) do not.
 */
export function fieldValue(view: Element, labels: readonly string[], recordId: string): string | undefined {
  return layoutFieldValue(view, labels, recordId) ?? bareFieldValue(view, labels, recordId);
}

/**
 * The value of a record layout item only (found by its tag name), never a bare label/value pair:
 * a bare "Name" may be a timeline item's detail (another person's name).
 */
export function layoutFieldValue(view: Element, labels: readonly string[], recordId: string): string | undefined {
  const wanted = labels.map(normalise);
  for (const item of layoutItems(view, recordId)) {
    if (!wanted.includes(normalise(labelOf(item)))) continue;
    const value = shownValue(item);
    if (value) return value;
  }
  return undefined;
}

/**
 * The record's field items, found once per reading: every field is looked up among them. Those in
 * another record's card (a related record's hover card or component) are that record's.
 */
function layoutItems(view: Element, recordId: string): Element[] {
  return remembered(`layout-items ${recordId}`, view, () => {
    const another = inAnotherRecordsCard(view, recordId);
    return deepQueryAll(view, SEL.layoutItem).filter((el) => shownInRecord(el, view) && !another(el));
  });
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
  return textOf(labelElement(item));
}

/**
 * Aura's label element by its class, else the item's first text outside a button: the label
 * comes before the value in every layout item, and classes churn (crm-evidence-2.md).
 */
function labelElement(item: Element): Element | undefined {
  const precise = item.querySelector(SEL.fieldLabel);
  if (precise) return precise;
  return Array.from(item.querySelectorAll('*')).find(
    (el) => el.children.length === 0 && textOf(el) !== '' && !el.closest('button'),
  );
}

function shownValue(item: Element): string {
  const slot = valueElement(item);
  if (slot) return valueText(slot);
  // No value wrapper known: the item's text after its label, without the controls beside it.
  return valueText(item, labelElement(item));
}

/**
 * Value text without the edit/preview buttons and assistive text Lightning renders beside it
 * (and without `label`, when the value is read from the whole item), read as the page's text is
 * (pageText): an owner the org holds decomposed is the rep the timeline and the export name.
 */
export function valueText(el: Element, label?: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1 || node === label || (node as Element).matches(SKIP)) return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  for (const child of Array.from(el.childNodes)) walk(child);
  return pageText(parts.join(''));
}

const SKIP = 'button, .slds-assistive-text, lightning-button-icon, lightning-helptext, .test-id__field-label';

function normalise(label: string): string {
  return label.replace(/[:*]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
